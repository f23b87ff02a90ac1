package org.openiop.crypto.internal;

import org.apiguardian.api.API;

/** Input is not in OpenIOP's canonical JSON dialect. The message names offsets, never content. */
@API(status = API.Status.INTERNAL, since = "0.1")
public final class MalformedJsonException extends Exception {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message where parsing stopped, without content
   */
  public MalformedJsonException(String message) {
    super(message);
  }
}
