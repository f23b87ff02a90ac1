package org.openiop.core.engage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.program.EducationalResource;

class AssignmentBookTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final ParticipantId ALEX = ParticipantId.of("par_1");
  static final SupportPersonId MARIA = SupportPersonId.of("sup_1");
  static final Instant MONDAY = Instant.parse("2026-03-02T15:00:00Z");

  final AtomicReference<Instant> now = new AtomicReference<>(MONDAY);
  final Clock clock =
      new Clock() {
        @Override
        public ZoneId getZone() {
          return NY;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  final AssignmentBook book = new AssignmentBook(clock);

  Assignment diaryCard(String id, LocalDate due) {
    return new Assignment(
        id,
        ALEX,
        Assignment.Kind.SKILLS_PRACTICE,
        "Diary card",
        URI.create("https://example.org/diary-card"),
        MONDAY,
        due,
        null);
  }

  @Test
  void participantsAndSupportPersonsGetAssignmentsAndCompleteThem() {
    book.assign(diaryCard("asg_1", LocalDate.of(2026, 3, 8)));
    book.assign(
        Assignment.of(
            "asg_2",
            MARIA,
            new EducationalResource(
                EducationalResource.Kind.READING,
                "Supporting someone in an IOP",
                "https://example.org/family-guide",
                EducationalResource.Audience.SUPPORT_PERSONS),
            MONDAY,
            LocalDate.of(2026, 3, 12)));

    now.set(Instant.parse("2026-03-05T01:00:00Z"));
    Assignment done = book.complete("asg_1");

    assertThat(done.completedAt()).isEqualTo(Instant.parse("2026-03-05T01:00:00Z"));
    assertThat(book.complete("asg_1")).isEqualTo(done);
    assertThat(book.open(ALEX)).isEmpty();
    assertThat(book.open(MARIA))
        .singleElement()
        .extracting(Assignment::kind)
        .isEqualTo(Assignment.Kind.EDUCATIONAL_RESOURCE);
  }

  @Test
  void overdueWorkRaisesASignalAndCountsAgainstCompletion() {
    book.assign(diaryCard("asg_1", LocalDate.of(2026, 3, 3)));
    book.assign(diaryCard("asg_2", LocalDate.of(2026, 3, 4)));
    book.complete("asg_2");

    now.set(Instant.parse("2026-03-05T15:00:00Z"));

    assertThat(book.overdue(NY))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.kind()).isEqualTo(SignalKind.ASSIGNMENT_OVERDUE);
              assertThat(s.person()).isEqualTo(ALEX);
            });
    assertThat(book.completionPercent(ALEX, LocalDate.of(2026, 3, 5))).contains(50);
    assertThat(book.completionPercent(MARIA, LocalDate.of(2026, 3, 5))).isEmpty();
  }

  @Test
  void anAssignmentIsForParticipantsOrSupportPersonsOnly() {
    assertThatThrownBy(
            () ->
                new Assignment(
                    "asg_1",
                    ClinicianId.of("cln_1"),
                    Assignment.Kind.SKILLS_PRACTICE,
                    "x",
                    null,
                    MONDAY,
                    LocalDate.of(2026, 3, 3),
                    null))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("assignee");
    book.assign(diaryCard("asg_1", LocalDate.of(2026, 3, 3)));
    assertThatThrownBy(() -> book.assign(diaryCard("asg_1", LocalDate.of(2026, 3, 3))))
        .isInstanceOf(IllegalStateException.class);
  }
}
