package org.openiop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.core.measure.ReliableChange;
import org.openiop.core.measure.RiskFlag;
import org.openiop.core.schedule.RuleViolation;
import org.openiop.examples.customprovider.CustomVideoProvider;
import org.openiop.examples.customrule.CustomSchedulingRule;
import org.openiop.examples.customrule.OneSessionPerDayRule;
import org.openiop.examples.notes.SealAndOpenANote;
import org.openiop.examples.quickstart.Quickstart;
import org.openiop.examples.scoring.ScoreAnInstrument;
import org.openiop.examples.video.JoinAVideoRoom;
import org.openiop.video.attendance.AttendanceRecord;
import org.openiop.video.spi.Capabilities.Feature;
import org.openiop.video.spi.Capabilities.Support;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;

/**
 * Runs each focused example the way {@code main} does and checks what it claims to show, and that
 * its output carries pseudonymous ids and never a name or note text.
 */
class FocusedExamplesTest {
  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String printed() {
    String text = bytes.toString(StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("Example").doesNotContain("Participant ").isNotBlank();
    return text;
  }

  @Test
  void quickstartBooksThreeAndRefusesTheParticipantOutsideTheClinicianLicence() {
    Quickstart.Outcome outcome = Quickstart.run(out);

    assertThat(outcome.booked()).hasSize(3);
    assertThat(outcome.refused())
        .singleElement()
        .satisfies(
            v -> {
              assertThat(v.ruleId()).isEqualTo("licensure");
              assertThat(v.sessionId()).isEqualTo(outcome.session());
              assertThat(v.people()).doesNotContainAnyElementsOf(outcome.booked());
            });
    assertThat(printed())
        .contains("booked " + outcome.booked().get(0))
        .contains("now holds 3 participants")
        .contains("licensure: ");
  }

  @Test
  void scoringGivesPublishedBandsFlagsItemNineAndFindsReliableImprovement() {
    ScoreAnInstrument.Outcome outcome = ScoreAnInstrument.run(out);

    assertThat(outcome.phq9Baseline().total()).isEqualTo(16);
    assertThat(outcome.phq9Baseline().band()).isEqualTo("moderately severe");
    assertThat(outcome.phq9Baseline().flags()).contains(RiskFlag.SELF_HARM_THOUGHTS);
    assertThat(outcome.phq9Week4().total()).isEqualTo(6);
    assertThat(outcome.phq9Week4().band()).isEqualTo("mild");
    assertThat(outcome.phq9Week4().hasRiskFlag()).isFalse();
    assertThat(outcome.change()).isEqualTo(ReliableChange.Category.RELIABLE_IMPROVEMENT);
    assertThat(outcome.phq9Week2().prorated()).isTrue();
    assertThat(outcome.phq9Week2().answered()).isEqualTo(8);
    assertThat(outcome.gad7().total()).isEqualTo(11);
    assertThat(outcome.gad7().band()).isEqualTo("moderate");
    assertThat(outcome.refusal()).contains("phq9-9");
    assertThat(printed()).contains("phq-9 week 1: total 16 (moderately severe)");
  }

  @Test
  void aSealedNoteOpensForItsReaderAndFailsClosedOtherwise() throws Exception {
    String text = "Practised grounding; will try it at work.";
    SealAndOpenANote.Outcome outcome = SealAndOpenANote.run(out, text);

    assertThat(outcome.openedText()).isEqualTo(text);
    assertThat(outcome.readers()).hasSize(3);
    assertThat(outcome.failures())
        .containsExactly("NotAReaderException", "NoteTamperedException", "KeyRevokedException");
    assertThat(printed()).doesNotContain("grounding").contains(outcome.noteId().value());
  }

  @Test
  void videoAttendanceCountsTheReconnectAsOneStayTheLateArrivalAndTheNoShow() throws Exception {
    Map<PersonRef, AttendanceRecord> attendance = JoinAVideoRoom.run(out);

    List<AttendanceRecord> records = List.copyOf(attendance.values());
    assertThat(records)
        .extracting(AttendanceRecord::status)
        .containsExactly(
            AttendanceRecord.Status.PRESENT,
            AttendanceRecord.Status.PRESENT,
            AttendanceRecord.Status.LATE,
            AttendanceRecord.Status.NO_SHOW);
    assertThat(records.get(1).reconnects()).isEqualTo(1);
    assertThat(records.get(1).minutesPresent()).isEqualTo(90);
    assertThat(records.get(2).minutesPresent()).isEqualTo(78);
    assertThat(records.get(3).minutesPresent()).isZero();
    assertThat(printed()).contains("WAITING").contains("NO_SHOW");
  }

  @Test
  void theCustomRuleRefusesASecondSessionOnOneDayAndAuditsACalendar() {
    CustomSchedulingRule.Outcome outcome = CustomSchedulingRule.run(out);

    assertThat(outcome.refused())
        .extracting(RuleViolation::ruleId)
        .containsExactly(OneSessionPerDayRule.ID);
    assertThat(outcome.acceptedNextDay()).isTrue();
    assertThat(outcome.calendarAudit()).hasSize(2);
    assertThat(printed()).contains("host.one-session-per-day: participant par_");
  }

  @Test
  void theCustomProviderReportsHonestCapabilitiesAndEmitsTheSpiEvents() throws Exception {
    CustomVideoProvider.Outcome outcome = CustomVideoProvider.run(out);

    assertThat(outcome.recordingRefused()).isTrue();
    assertThat(outcome.capabilities())
        .containsEntry(Feature.WAITING_ROOM, Support.EMULATED)
        .containsEntry(Feature.RECORDING, Support.NONE)
        .containsEntry(Feature.END_TO_END_ENCRYPTION, Support.NONE);
    assertThat(outcome.onBridgeBeforeEnd()).hasSize(2).allMatch(p -> p.admitted());
    assertThat(outcome.events())
        .extracting(RoomEvent::type)
        .containsExactly(
            RoomEvent.Type.JOINED,
            RoomEvent.Type.WAITING,
            RoomEvent.Type.JOINED,
            RoomEvent.Type.LEFT,
            RoomEvent.Type.LEFT);
    assertThat(printed()).contains("registered providers: ").contains("phone-bridge");
  }
}
