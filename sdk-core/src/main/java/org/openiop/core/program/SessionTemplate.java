package org.openiop.core.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;

/**
 * A weekly recurring session in a program, at a local time in the cohort's zone.
 *
 * @param track the key of the {@link Track} this template belongs to, or {@code null} for every
 *     track
 * @param day the day of week; never {@code null}
 * @param start the local start time in the cohort's zone; never {@code null}
 * @param duration the length, 5 minutes to 8 hours; never {@code null}
 * @param kind the session kind; never {@code null}
 * @param modality the main modality; never {@code null}
 * @param topic a short topic, 1-120 characters, e.g. {@code DBT distress tolerance}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record SessionTemplate(
    @Nullable @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be a track key")
        String track,
    DayOfWeek day,
    LocalTime start,
    Duration duration,
    SessionKind kind,
    Modality modality,
    @NotBlank(message = "must not be blank") @Size(max = 120) String topic) {

  /** Checks presence and a sane duration. */
  public SessionTemplate {
    Objects.requireNonNull(day, "day == null");
    Objects.requireNonNull(start, "start == null");
    Objects.requireNonNull(duration, "duration == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(modality, "modality == null");
    Objects.requireNonNull(topic, "topic == null");
    if (duration.compareTo(Duration.ofMinutes(5)) < 0
        || duration.compareTo(Duration.ofHours(8)) > 0) {
      throw InvalidInputException.of("duration", "must be between 5 minutes and 8 hours");
    }
  }

  /**
   * Whether this template applies to a track.
   *
   * @param trackKey the track's key; never {@code null}
   * @return true if the template is for that track or for every track
   */
  public boolean appliesTo(String trackKey) {
    Objects.requireNonNull(trackKey, "trackKey == null");
    return track == null || track.equals(trackKey);
  }
}
