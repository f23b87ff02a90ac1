package org.openiop.core.program;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A state of the enrollment lifecycle, and which states may follow it.
 *
 * <pre>
 * REFERRED -&gt; SCREENING -&gt; ADMITTED | DECLINED
 * ADMITTED -&gt; ACTIVE
 * ACTIVE  &lt;-&gt; ON_HOLD
 * ACTIVE, ON_HOLD -&gt; STEPPED_DOWN | DISCHARGED | TRANSFERRED_HIGHER_LEVEL
 * REFERRED, SCREENING, ADMITTED, ACTIVE, ON_HOLD -&gt; WITHDRAWN
 * ADMITTED -&gt; TRANSFERRED_HIGHER_LEVEL (deterioration before the first session)
 * </pre>
 *
 * <p>{@link #DECLINED}, {@link #STEPPED_DOWN}, {@link #DISCHARGED}, {@link
 * #TRANSFERRED_HIGHER_LEVEL} and {@link #WITHDRAWN} are terminal.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum EnrollmentStatus {
  /** Referred to the program; not yet screened. */
  REFERRED,
  /** Being screened for fit and level of care. */
  SCREENING,
  /** Admitted (consents in place), not yet attending. */
  ADMITTED,
  /** Not admitted after screening. Terminal. */
  DECLINED,
  /** Attending. */
  ACTIVE,
  /** Paused (e.g. illness, travel), expected to resume. */
  ON_HOLD,
  /** Completed and stepped down to a lower level of care. Terminal. */
  STEPPED_DOWN,
  /** Discharged. Terminal. */
  DISCHARGED,
  /** Transferred to a higher level of care (PHP, inpatient, crisis). Terminal. */
  TRANSFERRED_HIGHER_LEVEL,
  /** Left by the participant's choice. Terminal. */
  WITHDRAWN;

  /**
   * The states that may directly follow this one.
   *
   * @return an unmodifiable set, empty for terminal states
   */
  public Set<EnrollmentStatus> next() {
    return switch (this) {
      case REFERRED -> set(SCREENING, WITHDRAWN);
      case SCREENING -> set(ADMITTED, DECLINED, WITHDRAWN);
      case ADMITTED -> set(ACTIVE, WITHDRAWN, TRANSFERRED_HIGHER_LEVEL);
      case ACTIVE -> set(ON_HOLD, STEPPED_DOWN, DISCHARGED, TRANSFERRED_HIGHER_LEVEL, WITHDRAWN);
      case ON_HOLD -> set(ACTIVE, STEPPED_DOWN, DISCHARGED, TRANSFERRED_HIGHER_LEVEL, WITHDRAWN);
      case DECLINED, STEPPED_DOWN, DISCHARGED, TRANSFERRED_HIGHER_LEVEL, WITHDRAWN -> Set.of();
    };
  }

  /**
   * Whether {@code to} may directly follow this state.
   *
   * @param to the candidate next state; never {@code null}
   * @return true if allowed
   */
  public boolean canGoTo(EnrollmentStatus to) {
    java.util.Objects.requireNonNull(to, "to == null");
    return next().contains(to);
  }

  /**
   * Whether no state may follow this one.
   *
   * @return true for terminal states
   */
  public boolean isTerminal() {
    return next().isEmpty();
  }

  private static Set<EnrollmentStatus> set(EnrollmentStatus first, EnrollmentStatus... rest) {
    return Collections.unmodifiableSet(EnumSet.of(first, rest));
  }
}
