package org.openiop.core.privacy.access;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.ConsentId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.privacy.Part2Disclosure;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.Signature;

/** A mutable world for policy tests: a settable clock, care teams and consents. */
final class PolicyFixtures {
  static final Instant T0 = Instant.parse("2026-11-26T16:00:00Z");

  final AtomicReference<Instant> now = new AtomicReference<>(T0);
  final Clock clock =
      new Clock() {
        @Override
        public java.time.ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now.get();
        }
      };
  final Set<String> careTeam = new HashSet<>();
  final Map<ParticipantId, List<Consent>> consents = new ConcurrentHashMap<>();

  void assign(ClinicianId clinician, ParticipantId participant) {
    careTeam.add(clinician.value() + "|" + participant.value());
  }

  CareTeamDirectory careTeam() {
    return (c, p, at) -> careTeam.contains(c.value() + "|" + p.value());
  }

  ConsentDirectory consents() {
    return p -> List.copyOf(consents.getOrDefault(p, List.of()));
  }

  void add(Consent c) {
    consents.computeIfAbsent(c.participant(), k -> new ArrayList<>()).add(c);
  }

  void advance(Duration d) {
    now.set(now.get().plus(d));
  }

  static Consent familyRelease(
      String id,
      ParticipantId participant,
      SupportPersonId to,
      Instant from,
      @Nullable Instant until,
      ReleaseCategory... categories) {
    return new Consent(
        ConsentId.of(id),
        1,
        ConsentType.FAMILY_RELEASE,
        participant,
        null,
        "2026.1",
        new Signature("Secret Signer Name", Signature.Capacity.SELF, from),
        from,
        until,
        new FamilyRelease(to, Set.of(categories)),
        null,
        null);
  }

  static Consent part2(String id, ParticipantId participant, Instant from, Instant until) {
    return new Consent(
        ConsentId.of(id),
        1,
        ConsentType.PART2_DISCLOSURE,
        participant,
        null,
        "2026.1",
        new Signature("Secret Signer Name", Signature.Capacity.SELF, from),
        from,
        until,
        null,
        new Part2Disclosure(
            "Example IOP",
            "Substance use disorder treatment records",
            "Treating clinicians of Example IOP and the participant's family",
            "Treatment, payment and health care operations",
            "",
            true,
            true),
        null);
  }
}
