package org.openiop.core.measure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.Jurisdiction;
import org.openiop.core.OpenIopException;
import org.openiop.core.ParticipantId;

/**
 * A risk answer in a weekly PHQ-9 reaches the escalation policy synchronously, is re-raised when
 * nobody acknowledges it in time, and never reaches a log line with PHI. SLF4J's simple binding
 * writes to {@code System.err}, which this test captures.
 */
class RiskEscalationTest {
  record Delivery(RiskSignal signal, int attempt, Instant at) {}

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T15:00:00Z"));
  private final List<Delivery> deliveries = new ArrayList<>();
  private final ParticipantId participant = ParticipantId.of("par_weekly_7");
  private final ClinicianId clinician = ClinicianId.of("cln_on_call");
  private AcknowledgementRequiredPolicy policy;
  private MeasurementService service;
  private final ByteArrayOutputStream captured = new ByteArrayOutputStream();
  private PrintStream originalErr;

  @BeforeEach
  void setUp() {
    originalErr = System.err;
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    policy =
        AcknowledgementRequiredPolicy.builder(
                clock,
                (signal, attempt) -> deliveries.add(new Delivery(signal, attempt, clock.instant())))
            .acknowledgeWithin(Duration.ofMinutes(15))
            .build();
    RiskSignals signals =
        new RiskSignals(policy, CrisisResources.defaults(), clock, IdGenerator.seeded(5));
    service = new MeasurementService(signals, clock, ProgressCriteria.defaults());
  }

  @AfterEach
  void restoreErr() {
    System.setErr(originalErr);
  }

  private String log() {
    System.err.flush();
    return captured.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aWeeklyPhq9RiskAnswerReachesThePolicyBeforeRecordReturns() {
    var recorded =
        service.record(
            participant,
            Instruments.PHQ_9,
            Arrays.asList(1, 1, 0, 1, 0, 1, 0, 0, 2),
            Jurisdiction.of("US-CA"));

    assertThat(deliveries).hasSize(1);
    Delivery first = deliveries.get(0);
    assertThat(first.attempt()).isEqualTo(1);
    assertThat(first.at()).isEqualTo(Instant.parse("2026-03-02T15:00:00Z"));
    assertThat(first.signal()).isEqualTo(recorded.signals().get(0));
    assertThat(first.signal().level()).isEqualTo(RiskLevel.HIGH);
    assertThat(first.signal().source()).isEqualTo(RiskSource.INSTRUMENT);
    assertThat(first.signal().trigger()).isEqualTo("phq-9:self-harm-thoughts");
    assertThat(first.signal().participantFacing()).isTrue();
    assertThat(first.signal().crisisResources())
        .extracting(CrisisResource::contact)
        .contains("call or text 988", "call 911");
    assertThat(policy.pending()).hasSize(1);
  }

  @Test
  void anUnacknowledgedSignalIsReRaisedAtTheDeadlineAndNotBefore() {
    service.record(participant, Instruments.PHQ_9, Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, 1), null);
    RiskSignalId id = deliveries.get(0).signal().id();

    clock.advance(Duration.ofMinutes(14).plusSeconds(59));
    assertThat(policy.reRaiseOverdue()).isEmpty();
    assertThat(deliveries).hasSize(1);

    clock.advance(Duration.ofSeconds(1));
    assertThat(policy.reRaiseOverdue()).hasSize(1);
    assertThat(deliveries).hasSize(2);
    assertThat(deliveries.get(1).signal().id()).isEqualTo(id);
    assertThat(deliveries.get(1).attempt()).isEqualTo(2);
    assertThat(policy.nextDeadline()).contains(Instant.parse("2026-03-02T15:30:00Z"));

    clock.advance(Duration.ofMinutes(15));
    policy.reRaiseOverdue();
    assertThat(deliveries).extracting(Delivery::attempt).containsExactly(1, 2, 3);

    var ack = policy.acknowledge(id, clinician);
    assertThat(ack.by()).isEqualTo(clinician);
    assertThat(ack.attempts()).isEqualTo(3);
    assertThat(ack.at()).isEqualTo(Instant.parse("2026-03-02T15:30:00Z"));

    clock.advance(Duration.ofHours(2));
    assertThat(policy.reRaiseOverdue()).isEmpty();
    assertThat(deliveries).hasSize(3);
    assertThat(policy.pending()).isEmpty();
  }

  @Test
  void anAcknowledgedSignalIsNeverReRaised() {
    service.record(participant, Instruments.PHQ_9, Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, 3), null);
    clock.advance(Duration.ofMinutes(3));
    policy.acknowledge(deliveries.get(0).signal().id(), clinician);
    clock.advance(Duration.ofDays(1));
    assertThat(policy.reRaiseOverdue()).isEmpty();
    assertThat(deliveries).hasSize(1);
  }

  @Test
  void noRiskAnswerRaisesNothing() {
    var recorded =
        service.record(
            participant, Instruments.PHQ_9, Arrays.asList(3, 3, 3, 3, 3, 3, 3, 3, 0), null);
    assertThat(recorded.signals()).isEmpty();
    assertThat(deliveries).isEmpty();
    assertThat(recorded.record().score().band()).isEqualTo("severe");
  }

  @Test
  void anUnansweredItem9RaisesAModerateSignal() {
    var recorded =
        service.record(
            participant, Instruments.PHQ_9, Arrays.asList(2, 2, 2, 2, 2, 2, 2, 2, null), null);
    assertThat(recorded.signals())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.level()).isEqualTo(RiskLevel.MODERATE);
              assertThat(s.trigger()).isEqualTo("phq-9:risk-item-unanswered");
            });
  }

  @Test
  void aFailingPolicyFailsTheRecordingAndStoresNothing() {
    RiskSignals failing =
        new RiskSignals(
            signal -> {
              throw new OpenIopException("pager unreachable");
            },
            CrisisResources.defaults(),
            clock,
            IdGenerator.seeded(1));
    MeasurementService s = new MeasurementService(failing, clock, ProgressCriteria.defaults());
    assertThatThrownBy(
            () ->
                s.record(
                    participant, Instruments.PHQ_9, Arrays.asList(0, 0, 0, 0, 0, 0, 0, 0, 1), null))
        .isInstanceOf(OpenIopException.class)
        .hasMessage("pager unreachable");
    assertThat(s.series(participant, "phq-9")).isEmpty();
  }

  @Test
  void logLinesCarrySignalIdsButNoPhi() {
    service.record(
        participant,
        Instruments.PHQ_9,
        Arrays.asList(3, 2, 3, 2, 3, 2, 3, 2, 3),
        Jurisdiction.of("US-NY"));
    RiskSignalId id = deliveries.get(0).signal().id();
    clock.advance(Duration.ofMinutes(16));
    policy.reRaiseOverdue();
    policy.acknowledge(id, clinician);

    String log = log();
    assertThat(log)
        .as("the capture works: delivery, re-raise and acknowledgement are logged by id")
        .contains(id.value())
        .contains("re-raising (attempt 2)")
        .contains("acknowledged");
    assertThat(log)
        .doesNotContain(participant.value())
        .doesNotContain("phq-9")
        .doesNotContain("self-harm")
        .doesNotContain("HIGH")
        .doesNotContain("severe")
        .doesNotContain("23")
        .doesNotContain("US-NY")
        .doesNotContain("988");
  }

  @Test
  void toStringOfSignalsAndScoresIsRedacted() {
    var recorded =
        service.record(
            participant, Instruments.PHQ_9, Arrays.asList(3, 2, 3, 2, 3, 2, 3, 2, 3), null);
    assertThat(recorded.signals().get(0).toString())
        .doesNotContain("HIGH")
        .doesNotContain("self-harm")
        .contains("redacted");
    assertThat(recorded.record().toString()).doesNotContain("23").doesNotContain("severe");
    assertThat(recorded.record().score().toString()).doesNotContain("23");
  }
}
