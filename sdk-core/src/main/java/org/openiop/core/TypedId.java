package org.openiop.core;

import org.apiguardian.api.API;

/**
 * An identifier of one kind of entity. Implementations are records holding one validated string;
 * the string is what JSON, logs and stores see.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public interface TypedId {
  /**
   * The identifier's string form.
   *
   * @return never {@code null}
   */
  String value();
}
