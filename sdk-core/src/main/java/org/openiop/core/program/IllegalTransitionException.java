package org.openiop.core.program;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.EnrollmentId;

/**
 * An enrollment was asked to move to a state that may not follow its current one. The message names
 * the enrollment id and both states; nothing was changed.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class IllegalTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final EnrollmentStatus from;
  private final EnrollmentStatus to;

  /**
   * Creates the exception.
   *
   * @param enrollment the enrollment; never {@code null}
   * @param from its current state; never {@code null}
   * @param to the refused state; never {@code null}
   */
  public IllegalTransitionException(
      EnrollmentId enrollment, EnrollmentStatus from, EnrollmentStatus to) {
    super(
        "enrollment "
            + Objects.requireNonNull(enrollment, "enrollment == null")
            + " cannot go from "
            + Objects.requireNonNull(from, "from == null")
            + " to "
            + Objects.requireNonNull(to, "to == null"));
    this.from = from;
    this.to = to;
  }

  /**
   * The current state.
   *
   * @return never {@code null}
   */
  public EnrollmentStatus from() {
    return from;
  }

  /**
   * The refused state.
   *
   * @return never {@code null}
   */
  public EnrollmentStatus to() {
    return to;
  }
}
