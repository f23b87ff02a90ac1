package org.openiop.core.notes;

import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;

/**
 * A dated correction or addition to a signed note; addenda are the only way to change what a signed
 * note says, and they are never edited or removed.
 *
 * <p>Immutable and thread-safe; {@code toString} shows ids and times only.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class Addendum {
  private final ClinicianId author;
  private final Instant writtenAt;
  private final ClinicalText text;
  private final @Nullable ParticipantId member;

  Addendum(
      ClinicianId author, Instant writtenAt, ClinicalText text, @Nullable ParticipantId member) {
    this.author = Objects.requireNonNull(author, "author == null");
    this.writtenAt = Objects.requireNonNull(writtenAt, "writtenAt == null");
    this.text = Objects.requireNonNull(text, "text == null");
    this.member = member;
  }

  /**
   * Who wrote it.
   *
   * @return never {@code null}
   */
  public ClinicianId author() {
    return author;
  }

  /**
   * When it was written.
   *
   * @return never {@code null}
   */
  public Instant writtenAt() {
    return writtenAt;
  }

  /**
   * What it says.
   *
   * @return never {@code null}
   */
  public ClinicalText text() {
    return text;
  }

  /**
   * For a group note: the member whose part it amends, or {@code null} for the shared part (and for
   * individual notes).
   *
   * @return the member, or {@code null}
   */
  public @Nullable ParticipantId member() {
    return member;
  }

  @Override
  public String toString() {
    return "Addendum[author="
        + author
        + ", writtenAt="
        + writtenAt
        + (member == null ? "" : ", member=" + member)
        + ", text redacted]";
  }
}
