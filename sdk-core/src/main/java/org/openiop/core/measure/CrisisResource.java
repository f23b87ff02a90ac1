package org.openiop.core.measure;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A crisis line or emergency service shown to a participant with every participant-facing risk
 * signal.
 *
 * @param name e.g. "988 Suicide &amp; Crisis Lifeline"
 * @param contact how to reach it, e.g. "call or text 988"
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CrisisResource(String name, String contact) {
  /** Checks presence. */
  public CrisisResource {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(contact, "contact == null");
  }
}
