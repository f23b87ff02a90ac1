package org.openiop.core.program;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Material that goes with a curriculum module: a reading, video, worksheet or workshop.
 *
 * @param kind what it is; never {@code null}
 * @param title its title, 1-200 characters
 * @param uri where to find it, an {@code https} URL of at most 2000 characters
 * @param audience who it is for; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EducationalResource(
    Kind kind,
    @NotBlank(message = "must not be blank") @Size(max = 200) String title,
    @Pattern(regexp = "https://[^\\s]{1,1992}", message = "must be an https URL") String uri,
    Audience audience) {

  /** Checks presence. */
  public EducationalResource {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(uri, "uri == null");
    Objects.requireNonNull(audience, "audience == null");
  }

  /** What kind of material. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Kind {
    /** Something to read. */
    READING,
    /** A video. */
    VIDEO,
    /** An audio recording, e.g. a guided meditation. */
    AUDIO,
    /** A worksheet or skills card. */
    WORKSHEET,
    /** A live or recorded workshop. */
    WORKSHOP
  }

  /** Who the material is for. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Audience {
    /** Participants. */
    PARTICIPANTS,
    /** Support persons (family, friends). */
    SUPPORT_PERSONS,
    /** Both. */
    EVERYONE
  }
}
