package org.openiop.core.schedule;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.SessionId;
import org.openiop.core.TypedId;

/**
 * One broken scheduling rule: which rule, how serious, which session and which people, by id.
 *
 * <p>The message explains the rule in terms of ids, times and counts only; it must never contain
 * names, contact details or clinical text, because violations are logged and shown to staff who may
 * not be on the person's care team. Built-in rules keep to that; host rules must too.
 *
 * @param ruleId the id of the rule, lower-case words separated by dots or hyphens such as {@code
 *     licensure}; never {@code null}
 * @param severity error or warning; never {@code null}
 * @param sessionId the session concerned, or {@code null} for a rule about a whole week or person
 * @param people the participants, clinicians and support persons concerned; never {@code null}
 * @param message what is wrong, without PHI; never blank
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RuleViolation(
    String ruleId,
    Severity severity,
    @Nullable SessionId sessionId,
    List<TypedId> people,
    String message) {

  private static final Pattern RULE_ID = Pattern.compile("[a-z][a-z0-9]*([.-][a-z0-9]+)*");

  /** Checks the parts and copies the list. */
  public RuleViolation {
    Objects.requireNonNull(ruleId, "ruleId == null");
    Objects.requireNonNull(severity, "severity == null");
    Objects.requireNonNull(people, "people == null");
    Objects.requireNonNull(message, "message == null");
    if (!RULE_ID.matcher(ruleId).matches()) {
      throw new IllegalArgumentException("ruleId must be lower-case words joined by . or -");
    }
    if (message.isBlank()) {
      throw new IllegalArgumentException("message is blank");
    }
    people = List.copyOf(people);
  }

  /**
   * Whether this violation blocks the change.
   *
   * @return true for {@link Severity#ERROR}
   */
  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
