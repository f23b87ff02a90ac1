package org.openiop.core.engage;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.TypedId;
import org.openiop.core.internal.IdRules;
import org.openiop.core.program.EducationalResource;

/**
 * Homework for a participant or a support person: an educational resource to read or watch, or
 * skills practice such as a DBT diary card, with a due date and completion.
 *
 * @param id the assignment's id: 1-64 letters, digits and {@code . _ : -}
 * @param assignee a participant or a support person; never {@code null}
 * @param kind what it is; never {@code null}
 * @param title a short title, 1-200 characters; never {@code null}
 * @param resource where the material is ({@code https}), or {@code null}
 * @param assignedAt when assigned; never {@code null}
 * @param due the last day to complete it; never {@code null}
 * @param completedAt when completed, or {@code null} while open
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Assignment(
    String id,
    TypedId assignee,
    Kind kind,
    String title,
    @Nullable URI resource,
    Instant assignedAt,
    LocalDate due,
    @Nullable Instant completedAt) {

  /** Checks presence, the id, the assignee kind, the title, the link and the order of times. */
  public Assignment {
    Objects.requireNonNull(assignee, "assignee == null");
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(assignedAt, "assignedAt == null");
    Objects.requireNonNull(due, "due == null");
    if (id == null || !IdRules.isValid(id)) {
      throw InvalidInputException.of("id", "must be a well-formed id");
    }
    if (!(assignee instanceof ParticipantId) && !(assignee instanceof SupportPersonId)) {
      throw InvalidInputException.of("assignee", "must be a participant or a support person");
    }
    if (title.isBlank() || title.length() > 200) {
      throw InvalidInputException.of("title", "must be 1-200 characters");
    }
    if (resource != null && !"https".equals(resource.getScheme())) {
      throw InvalidInputException.of("resource", "must be an https URL");
    }
    if (completedAt != null && completedAt.isBefore(assignedAt)) {
      throw InvalidInputException.of("completedAt", "must not be before assignedAt");
    }
  }

  /**
   * Assigns a program's educational resource.
   *
   * @param id the assignment's id; never {@code null}
   * @param assignee who; never {@code null}
   * @param material the resource; never {@code null}
   * @param assignedAt when; never {@code null}
   * @param due the last day; never {@code null}
   * @return the open assignment
   */
  public static Assignment of(
      String id,
      TypedId assignee,
      EducationalResource material,
      Instant assignedAt,
      LocalDate due) {
    Objects.requireNonNull(material, "material == null");
    Kind kind =
        material.kind() == EducationalResource.Kind.WORKSHEET
            ? Kind.SKILLS_PRACTICE
            : Kind.EDUCATIONAL_RESOURCE;
    return new Assignment(
        id, assignee, kind, material.title(), URI.create(material.uri()), assignedAt, due, null);
  }

  /**
   * Whether it is completed.
   *
   * @return true once completed
   */
  public boolean completed() {
    return completedAt != null;
  }

  /**
   * Whether it is open past its due date on a day.
   *
   * @param today the day; never {@code null}
   * @return true if overdue
   */
  public boolean isOverdueOn(LocalDate today) {
    Objects.requireNonNull(today, "today == null");
    return completedAt == null && today.isAfter(due);
  }

  /** What kind of assignment. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Kind {
    /** Read, watch or listen to material. */
    EDUCATIONAL_RESOURCE,
    /** Practise a skill and record it, e.g. a DBT diary card or a thought record. */
    SKILLS_PRACTICE
  }
}
