package org.openiop.video.spi;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;

/**
 * A room's identifier on its platform (a Janus room number, a LiveKit room name, ...).
 *
 * @param value 1-128 characters of letters, digits and {@code . _ : -}; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RoomId(String value) {
  /** Checks the syntax. */
  public RoomId {
    Objects.requireNonNull(value, "value == null");
    if (value.isEmpty() || value.length() > 128 || !value.matches("[A-Za-z0-9._:-]+")) {
      throw InvalidInputException.of("roomId", "must be 1-128 letters, digits or . _ : -");
    }
  }

  /**
   * Parses a room id.
   *
   * @param value the identifier; never {@code null}
   * @return the id
   */
  public static RoomId of(String value) {
    return new RoomId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
