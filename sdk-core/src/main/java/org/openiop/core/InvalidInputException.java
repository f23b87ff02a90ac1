package org.openiop.core;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Input broke one or more rules; every violation is listed, by path, in one exception.
 *
 * <p>It extends {@link IllegalArgumentException} so callers that catch the standard misuse
 * exception still catch it. The message lists paths and rules, never the rejected values (they may
 * be PHI). Nothing was changed when this is thrown.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InvalidInputException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The broken rules; a list of records, which are serializable. */
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  /**
   * Creates an exception for the given violations.
   *
   * @param violations at least one violation; never {@code null}
   */
  public InvalidInputException(List<Violation> violations) {
    this(sorted(violations), true);
  }

  private InvalidInputException(List<Violation> sorted, boolean unused) {
    super(render(sorted));
    this.violations = sorted;
  }

  /**
   * Creates an exception for a single broken rule.
   *
   * @param path dotted path to the field
   * @param message the broken rule, without the rejected value
   * @return the exception, to be thrown by the caller
   */
  public static InvalidInputException of(String path, String message) {
    return new InvalidInputException(List.of(new Violation(path, message)));
  }

  /**
   * Returns the broken rules, sorted by path.
   *
   * @return never empty
   */
  public List<Violation> violations() {
    return violations;
  }

  private static List<Violation> sorted(List<Violation> violations) {
    Objects.requireNonNull(violations, "violations == null");
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations is empty");
    }
    return violations.stream()
        .sorted(Comparator.comparing(Violation::path).thenComparing(Violation::message))
        .toList();
  }

  private static String render(List<Violation> sorted) {
    StringBuilder sb = new StringBuilder("invalid input: ");
    sorted.forEach(v -> sb.append(v).append("; "));
    sb.setLength(sb.length() - 2);
    return sb.toString();
  }
}
