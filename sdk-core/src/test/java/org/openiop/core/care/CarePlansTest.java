package org.openiop.core.care;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.ConsentId;
import org.openiop.core.IdGenerator;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.measure.CrisisResources;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.Signature;

class CarePlansTest {
  private final Clock clock = Clock.fixed(Instant.parse("2026-04-10T16:00:00Z"), ZoneOffset.UTC);
  private final CarePlans plans = new CarePlans(clock, IdGenerator.seeded(9));
  private final ParticipantId participant = ParticipantId.of("par_plan");
  private final ClinicianId clinician = ClinicianId.of("cln_plan");
  private final SupportPersonId sister = SupportPersonId.of("sup_sister");

  private SafetyPlan safetyPlan(List<String> warningSigns, List<String> reasonsForLiving) {
    return new SafetyPlan(
        warningSigns,
        List.of("walk the dog"),
        List.of("coffee shop on Main St"),
        List.of(new Contact("Dana Example", "555-0100", "sister")),
        List.of(new Contact("Dr. Lee", "555-0101", "therapist")),
        CrisisResources.defaults().forRegion("US-OR"),
        List.of("keep medication with a friend"),
        reasonsForLiving);
  }

  @Test
  void aRevisionRecordsWhoChangedWhichFieldsAndWhen() {
    var v1 =
        plans.create(
            participant, safetyPlan(List.of("not sleeping"), List.of("my kids")), clinician);
    assertThat(v1.version()).isEqualTo(1);
    assertThat(v1.changedFields()).contains("warningSigns", "reasonsForLiving", "crisisLines");

    var v2 =
        plans.revise(
            v1.plan(),
            1,
            safetyPlan(List.of("not sleeping", "skipping meals"), List.of("my kids")),
            participant);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2.changedBy()).isEqualTo(participant);
    assertThat(v2.changedAt()).isEqualTo(Instant.parse("2026-04-10T16:00:00Z"));
    assertThat(v2.changedFields()).containsExactly("warningSigns");
    assertThat(plans.history(v1.plan())).extracting(PlanVersion::version).containsExactly(1, 2);
    assertThat(plans.current(v1.plan())).contains(v2);
  }

  @Test
  void aRevisionBasedOnAStaleVersionIsRefused() {
    var v1 = plans.create(participant, AftercarePlan.standard(LocalDate.of(2026, 5, 1)), clinician);
    plans.revise(
        v1.plan(),
        1,
        AftercarePlan.withCheckInsAt(LocalDate.of(2026, 5, 1), true, 7, 30),
        clinician);
    assertThatThrownBy(
            () ->
                plans.revise(
                    v1.plan(),
                    1,
                    AftercarePlan.withCheckInsAt(LocalDate.of(2026, 5, 1), false, 7),
                    clinician))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: basedOnVersion: is not the current version 2");
    assertThat(plans.history(v1.plan())).hasSize(2);
  }

  @Test
  void aPlanCannotChangeKind() {
    var v1 = plans.create(participant, AftercarePlan.standard(LocalDate.of(2026, 5, 1)), clinician);
    assertThatThrownBy(
            () -> plans.revise(v1.plan(), 1, safetyPlan(List.of("x"), List.of("y")), clinician))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("same kind");
  }

  @Test
  void theStandardAftercarePlanChecksInAt7And30And90Days() {
    var plan = AftercarePlan.standard(LocalDate.of(2026, 5, 1));
    assertThat(plan.checkIns())
        .extracting(AftercarePlan.CheckIn::due)
        .containsExactly(
            LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 31), LocalDate.of(2026, 7, 30));
    assertThat(plan.alumniGroupAccess()).isTrue();
  }

  @Test
  void aSafetyPlanAlwaysHasACrisisLine() {
    assertThatThrownBy(
            () ->
                new SafetyPlan(
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of()))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: safetyPlan.crisisLines: must have at least one line");
  }

  @Test
  void supportPersonsSeeOnlyTheKindsTheirConsentCovers() {
    plans.create(participant, safetyPlan(List.of("a"), List.of("b")), clinician);
    plans.create(participant, AftercarePlan.standard(LocalDate.of(2026, 5, 1)), clinician);
    assertThat(plans.visibleTo(participant, sister, SupportPersonAccess.NONE)).isEmpty();
    SupportPersonAccess safetyOnly =
        (p, s, kind) -> p.equals(participant) && s.equals(sister) && kind == PlanKind.SAFETY;
    assertThat(plans.visibleTo(participant, sister, safetyOnly))
        .singleElement()
        .satisfies(v -> assertThat(v.content().kind()).isEqualTo(PlanKind.SAFETY));
    assertThat(plans.visibleTo(participant, SupportPersonId.of("sup_other"), safetyOnly)).isEmpty();
  }

  @Test
  void treatmentPlansHoldMeasurableObjectives() {
    var objective =
        new TreatmentPlan.Objective("PHQ-9 below 10", "phq-9", 10, LocalDate.of(2026, 6, 1));
    var goal =
        new TreatmentPlan.Goal(
            "Return to work",
            List.of(objective),
            List.of("behavioural activation"),
            LocalDate.of(2026, 6, 15));
    var plan =
        new TreatmentPlan(
            List.of(new TreatmentPlan.Problem("Low mood", List.of(goal))),
            LocalDate.of(2026, 5, 15));
    var v1 = plans.create(participant, plan, clinician);
    assertThat(v1.content().problems().get(0).goals().get(0).objectives())
        .containsExactly(objective);
    assertThatThrownBy(
            () ->
                new TreatmentPlan.Objective(
                    "PHQ-9 below 10", "phq-9", null, LocalDate.of(2026, 6, 1)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void plansRenderRedacted() {
    var v1 =
        plans.create(
            participant, safetyPlan(List.of("not sleeping"), List.of("my kids")), clinician);
    assertThat(v1.toString())
        .contains(v1.plan().value())
        .doesNotContain("not sleeping")
        .doesNotContain("Dana")
        .doesNotContain("555");
    assertThat(v1.content().toString()).isEqualTo("SafetyPlan[(redacted)]");
  }

  private Consent release(Set<ReleaseCategory> categories) {
    Instant at = Instant.parse("2026-04-01T00:00:00Z");
    return new Consent(
        ConsentId.of("con_fam_1"),
        1,
        ConsentType.FAMILY_RELEASE,
        participant,
        null,
        "2026.1",
        new Signature("Signer", Signature.Capacity.SELF, at),
        at,
        at.plus(Duration.ofDays(365)),
        new FamilyRelease(sister, categories),
        null,
        null);
  }

  @Test
  void aFamilyReleaseCoveringPlansSharesThemAndOthersDoNot() {
    plans.create(participant, safetyPlan(List.of("a"), List.of("b")), clinician);
    var covering =
        SupportPersonAccess.fromConsents(List.of(release(Set.of(ReleaseCategory.PLANS))), clock);
    assertThat(plans.visibleTo(participant, sister, covering)).hasSize(1);

    var scheduleOnly =
        SupportPersonAccess.fromConsents(List.of(release(Set.of(ReleaseCategory.SCHEDULE))), clock);
    assertThat(plans.visibleTo(participant, sister, scheduleOnly)).isEmpty();

    Consent revoked =
        release(Set.of(ReleaseCategory.PLANS))
            .revoke(Instant.parse("2026-04-05T00:00:00Z"), participant.value(), "");
    assertThat(
            plans.visibleTo(
                participant, sister, SupportPersonAccess.fromConsents(List.of(revoked), clock)))
        .isEmpty();

    Clock later = Clock.fixed(Instant.parse("2027-04-02T00:00:00Z"), ZoneOffset.UTC);
    assertThat(
            plans.visibleTo(
                participant,
                sister,
                SupportPersonAccess.fromConsents(
                    List.of(release(Set.of(ReleaseCategory.PLANS))), later)))
        .as("expired")
        .isEmpty();
  }
}
