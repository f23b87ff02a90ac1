package org.openiop.core.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.Fixtures;
import org.openiop.core.Jurisdiction;

class ClinicianTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

  @Test
  void aLicenceInTheJurisdictionIsTheFirstBasis() {
    assertThat(Fixtures.psychologist().authorityIn(Jurisdiction.of("US-CO"), DAY))
        .hasValueSatisfying(
            a -> {
              assertThat(a.basis()).isEqualTo(PracticeAuthority.Basis.LICENSE);
              assertThat(a.number()).isEqualTo("PSY-0012345");
            });
  }

  @Test
  void psypactReachesEveryMemberStateFromAHomeLicence() {
    assertThat(Fixtures.psychologist().authorityIn(Jurisdiction.of("US-TX"), DAY))
        .hasValueSatisfying(
            a -> {
              assertThat(a.basis()).isEqualTo(PracticeAuthority.Basis.COMPACT_PRIVILEGE);
              assertThat(a.compact()).isEqualTo("PSYPACT");
              assertThat(a.issuedBy()).isEqualTo(Jurisdiction.of("US-CO"));
            });
  }

  @Test
  void noAuthorityOutsideMembersOrWhenTheHomeLicenceHasLapsed() {
    Clinician c = Fixtures.psychologist();
    assertThat(c.authorityIn(Jurisdiction.of("US-CA"), DAY)).isEmpty();
    assertThat(c.authorityIn(Jurisdiction.of("US-TX"), LocalDate.of(2028, 1, 1))).isEmpty();
    assertThat(c.authorityIn(Jurisdiction.of("US-TX"), DAY, CompactRegistry.empty())).isEmpty();
  }

  @Test
  void perJurisdictionCompactsNeedAPrivilegeForThatState() {
    Clinician counselor =
        Clinician.builder()
            .id(ClinicianId.of("cln_lpc"))
            .name(new PersonName("Sam", "Lee"))
            .credential(Credential.LPC)
            .zone(Fixtures.NY)
            .licenses(
                List.of(
                    new License(
                        Jurisdiction.of("US-OH"),
                        "LPC",
                        "C.1234",
                        LocalDate.of(2022, 1, 1),
                        null,
                        LicenseStatus.ACTIVE)))
            .compactPrivileges(
                List.of(
                    new CompactPrivilege(
                        "COUNSELING",
                        Jurisdiction.of("US-OH"),
                        Jurisdiction.of("US-KY"),
                        "PRIV-1",
                        LocalDate.of(2026, 1, 1),
                        null,
                        LicenseStatus.ACTIVE)))
            .build();
    assertThat(counselor.authorityIn(Jurisdiction.of("US-KY"), DAY)).isPresent();
    assertThat(counselor.authorityIn(Jurisdiction.of("US-TN"), DAY)).isEmpty();
  }

  @Test
  void hostsReplaceCompactMembershipAsData() {
    Compact psypact = CompactRegistry.standard().find("PSYPACT").orElseThrow();
    Compact withCalifornia =
        new Compact(
            psypact.code(),
            psypact.name(),
            psypact.scope(),
            psypact.credentials(),
            new java.util.TreeSet<>(
                java.util.stream.Stream.concat(
                        psypact.members().stream(),
                        java.util.stream.Stream.of(Jurisdiction.of("US-CA")))
                    .toList()),
            LocalDate.of(2030, 1, 1),
            "test");
    CompactRegistry registry = CompactRegistry.standard().with(withCalifornia);
    assertThat(Fixtures.psychologist().authorityIn(Jurisdiction.of("US-CA"), DAY, registry))
        .isPresent();
    assertThat(CompactRegistry.standard().all())
        .extracting(Compact::code)
        .containsExactly("COUNSELING", "NLC", "PSYPACT", "SOCIAL_WORK");
  }

  @Test
  void workingHoursAreInTheCliniciansZoneAndExcludeTimeOff() {
    Clinician c = Fixtures.psychologist();
    // Monday 2 March 2026, 10:00-11:00 in Denver (UTC-7)
    assertThat(
            c.workingHours()
                .isAvailable(
                    java.time.Instant.parse("2026-03-02T17:00:00Z"),
                    java.time.Instant.parse("2026-03-02T18:00:00Z"),
                    c.zone()))
        .isTrue();
    // Monday 6 April is during time off
    assertThat(
            c.workingHours()
                .isAvailable(
                    java.time.Instant.parse("2026-04-06T16:00:00Z"),
                    java.time.Instant.parse("2026-04-06T17:00:00Z"),
                    c.zone()))
        .isFalse();
    assertThat(c.isQualifiedIn(org.openiop.core.program.Modality.CBT)).isTrue();
    assertThat(c.qualifications())
        .isEqualTo(
            Set.of(
                org.openiop.core.program.Modality.CBT,
                org.openiop.core.program.Modality.TRAUMA_FOCUSED));
  }
}
