package org.openiop.core.json;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.adapter.JsonbAdapter;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.AdminId;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.ConsentId;
import org.openiop.core.EnrollmentId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.Validation;
import org.openiop.core.Violation;

/**
 * The one configured JSON-B (Yasson) instance for OpenIOP types.
 *
 * <ul>
 *   <li>Instants, dates, times, durations and zones in ISO-8601 ({@code 2026-03-02T23:00:00Z},
 *       {@code 2026-03-02}, {@code 18:00:00}, {@code PT50M}, {@code America/New_York}).
 *   <li>Typed ids and {@link Jurisdiction}s as plain strings.
 *   <li>Property names are the record component names; {@code null}s are omitted.
 *   <li>Strict by default: a property the type does not define fails the read.
 *   <li>Every read is validated with {@link Validation#check(Object, String)}; malformed input
 *       raises {@link InvalidInputException}, whose message never quotes the input.
 * </ul>
 *
 * <pre>{@code
 * OpenIopJson json = OpenIopJson.standard();
 * String text = json.toJson(participant);
 * Participant back = json.fromJson(text, Participant.class, "participant");
 * }</pre>
 *
 * <p>Instances are immutable and thread-safe; share one per application.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class OpenIopJson {
  private static final OpenIopJson STANDARD = builder().build();

  private final Jsonb jsonb;

  private OpenIopJson(Jsonb jsonb) {
    this.jsonb = jsonb;
  }

  /**
   * The strict instance with the adapters for every sdk-core id type.
   *
   * @return never {@code null}
   */
  public static OpenIopJson standard() {
    return STANDARD;
  }

  /**
   * A builder for an instance with more adapters (for example for id types of other modules) or
   * lenient reading.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes a value as JSON.
   *
   * @param value the value; never {@code null}
   * @return the JSON text
   */
  public String toJson(Object value) {
    Objects.requireNonNull(value, "value == null");
    try {
      return jsonb.toJson(value);
    } catch (JsonbException e) {
      throw new org.openiop.core.OpenIopException(
          "cannot write " + value.getClass().getSimpleName() + " as JSON", e);
    }
  }

  /**
   * Reads and validates a value.
   *
   * @param json the JSON text; never {@code null}
   * @param type the type to read; never {@code null}
   * @param rootPath the name used in violation paths, e.g. {@code participant}; never {@code null}
   * @param <T> the type
   * @return the value, valid
   * @throws InvalidInputException if the text is malformed, has unknown properties, misses required
   *     ones or breaks a content rule; the message never quotes the input
   */
  public <T> T fromJson(String json, Class<T> type, String rootPath) {
    Objects.requireNonNull(type, "type == null");
    return type.cast(fromJson(json, (Type) type, rootPath));
  }

  /**
   * Reads and validates a value of a generic type, such as {@code List<Participant>}.
   *
   * @param json the JSON text; never {@code null}
   * @param type the type to read; never {@code null}
   * @param rootPath the name used in violation paths; never {@code null}
   * @return the value, valid
   * @throws InvalidInputException if the text is malformed or the value invalid
   */
  public Object fromJson(String json, Type type, String rootPath) {
    Objects.requireNonNull(json, "json == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(rootPath, "rootPath == null");
    Object value;
    try {
      value = jsonb.fromJson(json, type);
    } catch (JsonbException | IllegalArgumentException | NullPointerException e) {
      throw unreadable(e, rootPath, type);
    }
    if (value == null) {
      throw InvalidInputException.of(rootPath, "must not be null");
    }
    if (value instanceof Iterable<?> items) {
      List<Violation> all = new ArrayList<>();
      int i = 0;
      for (Object item : items) {
        if (item == null) {
          all.add(new Violation(rootPath + "[" + i + "]", "must not be null"));
        } else {
          all.addAll(Validation.violations(item, rootPath + "[" + i + "]"));
        }
        i++;
      }
      if (!all.isEmpty()) {
        throw new InvalidInputException(all);
      }
      return value;
    }
    return Validation.check(value, rootPath);
  }

  private static InvalidInputException unreadable(Throwable e, String rootPath, Type type) {
    String typeName =
        type instanceof Class<?> c ? c.getSimpleName() : type.getTypeName().replaceAll(".*\\.", "");
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException inner) {
        List<Violation> out = new ArrayList<>();
        for (Violation v : inner.violations()) {
          out.add(new Violation(rootPath, "is not a valid " + typeName + ": " + v));
        }
        return new InvalidInputException(out);
      }
      if (t instanceof NullPointerException npe
          && npe.getMessage() != null
          && npe.getMessage().matches("[A-Za-z]+ == null")) {
        return InvalidInputException.of(
            rootPath,
            "is not a valid "
                + typeName
                + ": a required property is missing ("
                + npe.getMessage()
                + ")");
      }
    }
    return InvalidInputException.of(
        rootPath,
        "is not well-formed JSON for "
            + typeName
            + " (syntax, a wrong value type, or a property the type does not define)");
  }

  /** Configures an {@link OpenIopJson}; not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final List<JsonbAdapter<?, ?>> adapters = new ArrayList<>();
    private boolean strict = true;

    private Builder() {
      adapters.add(new TypedIdAdapter<ParticipantId>(ParticipantId::of) {});
      adapters.add(new TypedIdAdapter<ClinicianId>(ClinicianId::of) {});
      adapters.add(new TypedIdAdapter<SupportPersonId>(SupportPersonId::of) {});
      adapters.add(new TypedIdAdapter<ProgramId>(ProgramId::of) {});
      adapters.add(new TypedIdAdapter<CohortId>(CohortId::of) {});
      adapters.add(new TypedIdAdapter<SessionId>(SessionId::of) {});
      adapters.add(new TypedIdAdapter<EnrollmentId>(EnrollmentId::of) {});
      adapters.add(new TypedIdAdapter<ConsentId>(ConsentId::of) {});
      adapters.add(new TypedIdAdapter<NoteId>(NoteId::of) {});
      adapters.add(new TypedIdAdapter<AdminId>(AdminId::of) {});
      adapters.add(new JurisdictionAdapter());
    }

    /**
     * Adds an adapter, e.g. a {@link TypedIdAdapter} for another module's id type.
     *
     * @param adapter the adapter, with concrete type arguments; never {@code null}
     * @return this
     */
    public Builder adapter(JsonbAdapter<?, ?> adapter) {
      adapters.add(Objects.requireNonNull(adapter, "adapter == null"));
      return this;
    }

    /**
     * Whether unknown properties fail a read (default true). Turn off only to read documents from a
     * newer version.
     *
     * @param strict true to reject unknown properties
     * @return this
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Builds the instance.
     *
     * @return a thread-safe instance
     */
    public OpenIopJson build() {
      JsonbConfig config =
          new JsonbConfig()
              .withAdapters(adapters.toArray(new JsonbAdapter<?, ?>[0]))
              .withLocale(Locale.ROOT)
              .withNullValues(false)
              .setProperty("jsonb.fail-on-unknown-properties", strict);
      return new OpenIopJson(JsonbBuilder.create(config));
    }
  }

  /** Writes a jurisdiction as its code. */
  static final class JurisdictionAdapter implements JsonbAdapter<Jurisdiction, String> {
    @Override
    public String adaptToJson(Jurisdiction jurisdiction) {
      return jurisdiction.code();
    }

    @Override
    public Jurisdiction adaptFromJson(String code) {
      return Jurisdiction.of(code);
    }
  }
}
