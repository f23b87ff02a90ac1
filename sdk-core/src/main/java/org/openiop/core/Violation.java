package org.openiop.core;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One broken rule on one input field: the dotted {@code path} to the field (for example {@code
 * participant.contact.email}) and the rule it broke. The message never quotes the rejected value.
 *
 * @param path dotted path from the root object to the offending field; never {@code null}
 * @param message the rule that was broken, without the rejected value; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Violation(String path, String message) {
  /** Checks that both parts are present. */
  public Violation {
    Objects.requireNonNull(path, "path == null");
    Objects.requireNonNull(message, "message == null");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
