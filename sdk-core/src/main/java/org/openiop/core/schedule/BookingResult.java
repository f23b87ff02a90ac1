package org.openiop.core.schedule;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of a booking request: accepted with its event (and any warnings), or refused with the
 * violations that stopped it.
 *
 * @param event the committed event, or {@code null} if refused
 * @param violations every violation found, errors first; empty for a clean acceptance
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record BookingResult(@Nullable BookingEvent event, List<RuleViolation> violations) {
  /** Checks that a refusal names at least one error and an acceptance none. */
  public BookingResult {
    Objects.requireNonNull(violations, "violations == null");
    violations = List.copyOf(violations);
    boolean hasError = violations.stream().anyMatch(RuleViolation::isError);
    if (event == null && !hasError) {
      throw new IllegalArgumentException("a refusal needs at least one error");
    }
    if (event != null && hasError) {
      throw new IllegalArgumentException("an acceptance cannot carry errors");
    }
  }

  /**
   * Whether the change was committed.
   *
   * @return true if accepted
   */
  public boolean accepted() {
    return event != null;
  }

  /**
   * The committed event, if accepted.
   *
   * @return the event or empty
   */
  public Optional<BookingEvent> toEvent() {
    return Optional.ofNullable(event);
  }

  /**
   * The errors that refused the change.
   *
   * @return the errors, empty if accepted
   */
  public List<RuleViolation> errors() {
    return violations.stream().filter(RuleViolation::isError).toList();
  }
}
