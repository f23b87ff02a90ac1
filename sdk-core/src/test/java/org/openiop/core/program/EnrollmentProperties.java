package org.openiop.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.domains.Domain;
import org.openiop.core.CohortId;
import org.openiop.core.EnrollmentId;
import org.openiop.core.Fixtures;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ModelArbitraries;
import org.openiop.core.ModelArbitraries.Step;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.json.OpenIopJson;
import org.openiop.core.privacy.Consent;

@Domain(ModelArbitraries.class)
class EnrollmentProperties {
  private static final ParticipantId P = ParticipantId.of("par_1");

  /**
   * Applies random requests, legal or not, and checks after each one that the enrollment is in a
   * state reachable by the rules, that refused requests changed nothing, and that the JSON form
   * reads back to the same enrollment.
   */
  @Property(tries = 300)
  void noSequenceOfCallsReachesAnIllegalState(@ForAll List<Step> steps) {
    Instant t = Fixtures.T0;
    List<Consent> consents =
        List.of(Fixtures.telehealth(P, t), EnrollmentTest.confidentiality(P, t));
    Enrollment e =
        Enrollment.refer(EnrollmentId.of("enr_p"), P, ProgramId.of("prg_1"), t, "adm_1", "ref");
    for (Step step : steps) {
      Instant at = e.since().plus(Duration.ofMinutes(step.minutesLater()));
      Enrollment before = e;
      boolean legal = before.status().canGoTo(step.to()) && step.minutesLater() >= 0;
      try {
        e =
            step.to() == EnrollmentStatus.ADMITTED
                ? e.admit(CohortId.of("coh_1"), "evening", consents, at, "cln_1", "step")
                : e.transition(step.to(), at, "cln_1", "step");
        assertThat(legal).as("accepted %s -> %s", before.status(), step.to()).isTrue();
        assertThat(e.status()).isEqualTo(step.to());
        assertThat(e.history()).hasSize(before.history().size() + 1);
      } catch (IllegalTransitionException refused) {
        assertThat(before.status().canGoTo(step.to())).isFalse();
        assertThat(refused.getMessage()).contains(before.status().name(), step.to().name());
        assertThat(e).isSameAs(before);
      } catch (InvalidInputException refused) {
        assertThat(step.minutesLater()).isNegative();
        assertThat(e).isSameAs(before);
      }
      // the invariant: rebuilding from the history accepts it
      Enrollment rebuilt =
          new Enrollment(e.id(), e.participant(), e.program(), e.cohort(), e.track(), e.history());
      assertThat(rebuilt).isEqualTo(e);
      for (int i = 1; i < e.history().size(); i++) {
        assertThat(e.history().get(i - 1).to().canGoTo(e.history().get(i).to())).isTrue();
      }
    }
    OpenIopJson json = OpenIopJson.standard();
    assertThat(json.fromJson(json.toJson(e), Enrollment.class, "enrollment")).isEqualTo(e);
  }

  @Property(tries = 200)
  void terminalEnrollmentsRefuseEveryFurtherStep(@ForAll Enrollment e) {
    if (!e.status().isTerminal()) {
      return;
    }
    for (EnrollmentStatus to : EnrollmentStatus.values()) {
      if (to == EnrollmentStatus.ADMITTED) {
        continue;
      }
      try {
        e.transition(to, e.since().plusSeconds(1), "cln_1", "again");
        throw new AssertionError("terminal " + e.status() + " accepted " + to);
      } catch (IllegalTransitionException expected) {
        assertThat(expected.from()).isEqualTo(e.status());
      }
    }
  }
}
