package org.openiop.core.measure;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.IdGenerator;
import org.openiop.core.TypedId;
import org.openiop.core.internal.IdRules;

/**
 * Identifies a risk signal.
 *
 * @param value 1-64 letters, digits and {@code . _ : -}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RiskSignalId(String value) implements TypedId {
  /** Checks the syntax. */
  public RiskSignalId {
    IdRules.check("riskSignalId", value);
  }

  /**
   * Parses an id.
   *
   * @param value the id
   * @return the typed id
   */
  public static RiskSignalId of(String value) {
    return new RiskSignalId(value);
  }

  /**
   * Makes a new id with prefix {@code rsk}.
   *
   * @param generator the source of new values
   * @return a new id
   */
  public static RiskSignalId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new RiskSignalId(generator.next("rsk"));
  }

  @Override
  public String toString() {
    return value;
  }
}
