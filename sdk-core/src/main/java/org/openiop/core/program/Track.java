package org.openiop.core.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A variant of a program's weekly schedule, such as weekday evenings or weekends.
 *
 * @param key a stable key, 1-40 of {@code a-z 0-9 -}, e.g. {@code weekday-evening}
 * @param name a display name, 1-100 characters
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Track(
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be 1-40 of a-z, 0-9 and -")
        String key,
    @NotBlank(message = "must not be blank") @Size(max = 100) String name) {

  /** Checks presence. */
  public Track {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(name, "name == null");
  }
}
