package org.openiop.core.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.core.Violation;

class ProgressNoteTest {
  static final Instant T0 = Instant.parse("2026-11-26T15:00:00Z");
  static final ClinicianId AUTHOR = ClinicianId.of("cli_author");
  static final ClinicianId OTHER = ClinicianId.of("cli_other");
  static final ParticipantId PARTICIPANT = ParticipantId.of("par_1");

  static ProgressNote.Builder draft(NoteFormat format) {
    ProgressNote.Builder b =
        ProgressNote.builder()
            .id(NoteId.of("not_1"))
            .participant(PARTICIPANT)
            .author(AUTHOR)
            .createdAt(T0)
            .format(format);
    for (NoteSection s : format.sections()) {
      b.section(s, "Secret section text " + s);
    }
    return b;
  }

  @ParameterizedTest
  @EnumSource(NoteFormat.class)
  void everyFormatBuildsWithExactlyItsSections(NoteFormat format) {
    ProgressNote note = draft(format).build();
    assertThat(note.sections().keySet()).containsExactlyElementsOf(format.sections());
    assertThat(note.isSigned()).isFalse();
  }

  @Test
  void formatsHaveTheirClassicSections() {
    assertThat(NoteFormat.DAP.sections())
        .containsExactly(NoteSection.DATA, NoteSection.ASSESSMENT, NoteSection.PLAN);
    assertThat(NoteFormat.SOAP.sections())
        .containsExactly(
            NoteSection.SUBJECTIVE,
            NoteSection.OBJECTIVE,
            NoteSection.ASSESSMENT,
            NoteSection.PLAN);
    assertThat(NoteFormat.BIRP.sections())
        .containsExactly(
            NoteSection.BEHAVIOR, NoteSection.INTERVENTION, NoteSection.RESPONSE, NoteSection.PLAN);
  }

  @Test
  void missingExtraAndBlankSectionsAreAllReportedByPathWithoutTheText() {
    assertThatThrownBy(
            () ->
                ProgressNote.builder()
                    .id(NoteId.of("not_1"))
                    .participant(PARTICIPANT)
                    .author(AUTHOR)
                    .createdAt(T0)
                    .format(NoteFormat.DAP)
                    .section(NoteSection.DATA, "  ")
                    .section(NoteSection.OBJECTIVE, "Secret objective text")
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .satisfies(
            e ->
                assertThat(((InvalidInputException) e).violations())
                    .containsExactly(
                        new Violation("sections.ASSESSMENT", "is required by format DAP"),
                        new Violation("sections.DATA", "must not be blank"),
                        new Violation("sections.OBJECTIVE", "is not a section of format DAP"),
                        new Violation("sections.PLAN", "is required by format DAP")))
        .message()
        .doesNotContain("Secret");
  }

  @Test
  void onlyTheAuthorSignsAndASignedNoteNoLongerChanges() {
    ProgressNote draft = draft(NoteFormat.SOAP).build();
    assertThatThrownBy(() -> draft.sign(OTHER, T0.plusSeconds(60)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only the author cli_author may sign note not_1, not cli_other");
    ProgressNote signed = draft.sign(AUTHOR, T0.plusSeconds(60));
    assertThat(signed.signature()).contains(new NoteSignature(AUTHOR, T0.plusSeconds(60)));
    assertThat(draft.isSigned()).as("the draft instance is unchanged").isFalse();
    assertThatThrownBy(() -> signed.withSection(NoteSection.PLAN, "changed"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("note not_1 is signed; correct it with an addendum");
    assertThatThrownBy(() -> signed.sign(AUTHOR, T0.plusSeconds(120)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("note not_1 is already signed");
  }

  @Test
  void correctionsAreAddendaAppendedAfterTheSignature() {
    ProgressNote draft = draft(NoteFormat.BIRP).build();
    assertThatThrownBy(() -> draft.addAddendum(AUTHOR, "late entry", T0.plusSeconds(30)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("note not_1 is not signed; edit the draft instead");
    ProgressNote signed = draft.sign(AUTHOR, T0.plusSeconds(60));
    assertThatThrownBy(() -> signed.addAddendum(OTHER, "backdated", T0.plusSeconds(30)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("addendum.writtenAt: must not be before the signature");
    ProgressNote amended =
        signed
            .addAddendum(OTHER, "Secret correction one", T0.plusSeconds(90))
            .addAddendum(AUTHOR, "Secret correction two", T0.plusSeconds(120));
    assertThat(amended.addenda()).extracting(Addendum::author).containsExactly(OTHER, AUTHOR);
    assertThat(amended.section(NoteSection.PLAN).contentEquals(signed.section(NoteSection.PLAN)))
        .isTrue();
    assertThat(signed.addenda()).isEmpty();
  }

  @Test
  void aDraftCanBeEditedSectionBySection() {
    ProgressNote draft = draft(NoteFormat.DAP).build();
    ProgressNote edited = draft.withSection(NoteSection.PLAN, "New plan");
    assertThat(edited.section(NoteSection.PLAN).text()).isEqualTo("New plan");
    assertThatThrownBy(() -> draft.withSection(NoteSection.SUBJECTIVE, "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("format DAP has no section SUBJECTIVE");
  }

  @Test
  void toStringShowsIdsButNeverText() {
    ProgressNote note =
        draft(NoteFormat.DAP)
            .substanceUseRecord(true)
            .build()
            .sign(AUTHOR, T0)
            .addAddendum(AUTHOR, "Secret addendum", T0);
    assertThat(note.toString())
        .contains("not_1", "par_1", "cli_author", "DAP", "signed")
        .doesNotContain("Secret");
    assertThat(note.section(NoteSection.DATA).toString()).doesNotContain("Secret");
    assertThat(note.addenda().get(0).toString()).doesNotContain("Secret");
    assertThat(note.substanceUseRecord()).isTrue();
  }

  @Test
  void psychotherapyNotesAreSeparateAndOnlyTheirAuthorAmendsThem() {
    PsychotherapyNote note =
        PsychotherapyNote.draft(NoteId.of("not_p"), PARTICIPANT, AUTHOR, null, T0, "Secret process")
            .withText("Secret process notes")
            .sign(AUTHOR, T0.plusSeconds(10));
    assertThatThrownBy(() -> note.withText("x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> note.addAddendum(OTHER, "x", T0.plusSeconds(20)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only the author cli_author may amend psychotherapy note not_p");
    assertThat(note.addAddendum(AUTHOR, "Secret more", T0.plusSeconds(20)).addenda()).hasSize(1);
    assertThat(note.toString()).contains("not_p").doesNotContain("Secret");
  }
}
