package org.openiop.core.care;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.IdGenerator;
import org.openiop.core.TypedId;
import org.openiop.core.internal.IdRules;

/**
 * Identifies a care plan across its versions.
 *
 * @param value 1-64 letters, digits and {@code . _ : -}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlanId(String value) implements TypedId {
  /** Checks the syntax. */
  public PlanId {
    IdRules.check("planId", value);
  }

  /**
   * Parses an id.
   *
   * @param value the id
   * @return the typed id
   */
  public static PlanId of(String value) {
    return new PlanId(value);
  }

  /**
   * Makes a new id with prefix {@code pln}.
   *
   * @param generator the source of new values
   * @return a new id
   */
  public static PlanId generate(IdGenerator generator) {
    Objects.requireNonNull(generator, "generator == null");
    return new PlanId(generator.next("pln"));
  }

  @Override
  public String toString() {
    return value;
  }
}
