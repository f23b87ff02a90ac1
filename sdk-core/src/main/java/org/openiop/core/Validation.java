package org.openiop.core;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The one shared Jakarta {@link Validator} and the check every entry point runs.
 *
 * <p>Content rules (lengths, formats, ranges) are declared once, as Jakarta Validation annotations
 * on record components; builders, JSON reading and stores call {@link #check(Object, String)},
 * which reports every violation together, by dotted path from a root name you choose:
 *
 * <pre>{@code
 * Validation.check(participant, "participant");
 * // InvalidInputException: participant.contact.email: must be a well-formed email address
 * }</pre>
 *
 * <p>The validator is Hibernate Validator with a {@link ParameterMessageInterpolator} (no
 * expression language), so messages never quote the rejected value. It is thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Validation {
  private static final ValidatorFactory FACTORY =
      jakarta.validation.Validation.byProvider(HibernateValidator.class)
          .configure()
          .messageInterpolator(new ParameterMessageInterpolator())
          .defaultLocale(Locale.ROOT)
          .buildValidatorFactory();
  private static final Validator VALIDATOR = FACTORY.getValidator();

  private Validation() {}

  /**
   * The shared validator, for hosts that validate their own types the same way.
   *
   * @return a thread-safe validator
   */
  public static Validator validator() {
    return VALIDATOR;
  }

  /**
   * Returns every violation of {@code object}'s declared constraints, by path under {@code
   * rootPath}, sorted by path.
   *
   * @param object the value to check; never {@code null}
   * @param rootPath the name of the value, e.g. {@code participant}; never {@code null}
   * @return the violations, empty if valid
   */
  public static List<Violation> violations(Object object, String rootPath) {
    Objects.requireNonNull(object, "object == null");
    Objects.requireNonNull(rootPath, "rootPath == null");
    Set<ConstraintViolation<Object>> found = VALIDATOR.validate(object);
    List<Violation> out = new ArrayList<>(found.size());
    for (ConstraintViolation<Object> v : found) {
      out.add(new Violation(path(rootPath, v.getPropertyPath()), v.getMessage()));
    }
    out.sort(java.util.Comparator.comparing(Violation::path).thenComparing(Violation::message));
    return List.copyOf(out);
  }

  /**
   * Checks {@code object} and returns it, or throws with every violation.
   *
   * @param object the value to check; never {@code null}
   * @param rootPath the name of the value, e.g. {@code participant}; never {@code null}
   * @param <T> the value's type
   * @return {@code object}, unchanged
   * @throws InvalidInputException listing every violation by path, never quoting a value
   */
  public static <T> T check(T object, String rootPath) {
    List<Violation> found = violations(object, rootPath);
    if (!found.isEmpty()) {
      throw new InvalidInputException(found);
    }
    return object;
  }

  private static String path(String root, Path propertyPath) {
    StringBuilder sb = new StringBuilder(root);
    for (Path.Node node : propertyPath) {
      if (node.isInIterable()) {
        sb.append('[');
        if (node.getIndex() != null) {
          sb.append(node.getIndex());
        } else if (node.getKey() != null) {
          sb.append(node.getKey());
        }
        sb.append(']');
      }
      String name = node.getName();
      if (name != null && !name.startsWith("<")) {
        if (!sb.isEmpty()) {
          sb.append('.');
        }
        sb.append(name);
      }
    }
    return sb.toString();
  }
}
