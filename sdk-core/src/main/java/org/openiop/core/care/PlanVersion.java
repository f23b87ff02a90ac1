package org.openiop.core.care;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.ParticipantId;
import org.openiop.core.TypedId;

/**
 * One version of a care plan: its content, who changed it, when, and which top-level fields changed
 * from the previous version (all fields for version 1). PHI: {@code toString} shows ids and field
 * names only.
 *
 * @param <T> the plan's content type
 * @param plan the plan's id
 * @param participant whose plan it is
 * @param version 1 for the first version, then +1 per revision
 * @param content the content
 * @param changedBy who made this version: a {@link org.openiop.core.ClinicianId} or the {@link
 *     ParticipantId} (safety plans are written together)
 * @param changedAt when
 * @param changedFields the record components of the content that differ from the previous version
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PlanVersion<T extends PlanContent>(
    PlanId plan,
    ParticipantId participant,
    int version,
    T content,
    TypedId changedBy,
    Instant changedAt,
    List<String> changedFields) {

  /** Checks presence and copies the list. */
  public PlanVersion {
    Objects.requireNonNull(plan, "plan == null");
    Objects.requireNonNull(participant, "participant == null");
    Objects.requireNonNull(content, "content == null");
    Objects.requireNonNull(changedBy, "changedBy == null");
    Objects.requireNonNull(changedAt, "changedAt == null");
    changedFields = List.copyOf(changedFields);
    if (version < 1) {
      throw new IllegalArgumentException("version < 1");
    }
  }

  @Override
  public String toString() {
    return "PlanVersion[plan="
        + plan
        + ", version="
        + version
        + ", kind="
        + content.kind()
        + ", changedBy="
        + changedBy.value()
        + ", changedAt="
        + changedAt
        + ", changedFields="
        + changedFields
        + "]";
  }
}
