package org.openiop.core.json;

import jakarta.json.bind.adapter.JsonbAdapter;
import java.util.Objects;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.openiop.core.TypedId;

/**
 * Writes a {@link TypedId} as its plain string and reads it back through the id's validating
 * factory.
 *
 * <p>JSON-B finds an adapter's types from its class's type arguments, so create one as an anonymous
 * subclass with a concrete type argument:
 *
 * <pre>{@code
 * JsonbAdapter<?, ?> adapter = new TypedIdAdapter<NoteId>(NoteId::of) {};
 * OpenIopJson json = OpenIopJson.builder().adapter(adapter).build();
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param <T> the id type
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public abstract class TypedIdAdapter<T extends TypedId> implements JsonbAdapter<T, String> {
  private final Function<String, T> parser;

  /**
   * Creates the adapter.
   *
   * @param parser the id's validating factory, such as {@code ParticipantId::of}; never {@code
   *     null}
   */
  protected TypedIdAdapter(Function<String, T> parser) {
    this.parser = Objects.requireNonNull(parser, "parser == null");
  }

  @Override
  public final String adaptToJson(T id) {
    return id.value();
  }

  @Override
  public final T adaptFromJson(String value) {
    return parser.apply(value);
  }
}
