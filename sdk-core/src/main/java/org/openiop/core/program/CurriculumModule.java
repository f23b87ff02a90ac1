package org.openiop.core.program;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.internal.Copies;

/**
 * One unit of a program's curriculum, such as CBT skills or DBT distress tolerance, with its
 * materials.
 *
 * @param key a stable key, 1-40 of {@code a-z 0-9 -}
 * @param title the title, 1-120 characters
 * @param modality the modality taught; never {@code null}
 * @param weeks how many program weeks it spans, at least 1
 * @param resources readings, videos and workshops; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CurriculumModule(
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,39}", message = "must be 1-40 of a-z, 0-9 and -")
        String key,
    @NotBlank(message = "must not be blank") @Size(max = 120) String title,
    Modality modality,
    @Min(1) int weeks,
    @Size(max = 100) List<@Valid EducationalResource> resources) {

  /** Checks presence and copies the list. */
  public CurriculumModule {
    Objects.requireNonNull(key, "key == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(modality, "modality == null");
    resources = Copies.list(resources);
  }
}
