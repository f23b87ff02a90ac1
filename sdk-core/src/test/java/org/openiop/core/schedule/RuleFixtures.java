package org.openiop.core.schedule;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.TypedId;
import org.openiop.core.people.AgeGroup;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.ClinicianLimits;
import org.openiop.core.people.Credential;
import org.openiop.core.people.License;
import org.openiop.core.people.LicenseStatus;
import org.openiop.core.people.LocationHistory;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;
import org.openiop.core.people.TimeOff;
import org.openiop.core.people.WorkingHours;
import org.openiop.core.people.WorkingWindow;
import org.openiop.core.privacy.Consent;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;

/** Builders for rule tests. */
final class RuleFixtures {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static int counter;

  private RuleFixtures() {}

  static Participant participant(String id, String jurisdiction, ZoneId zone, AgeGroup age) {
    return participant(
        id,
        LocationHistory.since(Jurisdiction.of(jurisdiction), zone, LocalDate.of(2025, 1, 1)),
        zone,
        age);
  }

  static Participant participant(String id, LocationHistory where, ZoneId zone, AgeGroup age) {
    return Participant.builder()
        .id(ParticipantId.of(id))
        .legalName(new PersonName("Pat", "Doe"))
        .dateOfBirth(age == AgeGroup.ADULT ? LocalDate.of(1980, 1, 1) : LocalDate.of(2010, 1, 1))
        .ageGroup(age)
        .homeZone(zone)
        .locations(where)
        .preferredLanguage("en")
        .build();
  }

  static License licence(String jurisdiction, LocalDate until) {
    return new License(
        Jurisdiction.of(jurisdiction),
        "LCSW",
        "L-1",
        LocalDate.of(2020, 1, 1),
        until,
        LicenseStatus.ACTIVE);
  }

  static WorkingHours everyDay(String from, String to, List<TimeOff> off) {
    List<WorkingWindow> w = new ArrayList<>();
    for (DayOfWeek d : DayOfWeek.values()) {
      w.add(new WorkingWindow(d, LocalTime.parse(from), LocalTime.parse(to)));
    }
    return new WorkingHours(w, off);
  }

  static Clinician clinician(
      String id,
      ZoneId zone,
      List<License> licences,
      Set<Modality> qualifications,
      ClinicianLimits limits,
      WorkingHours hours) {
    return Clinician.builder()
        .id(ClinicianId.of(id))
        .name(new PersonName("Lee", "Kim"))
        .credential(Credential.LCSW)
        .licenses(licences)
        .qualifications(qualifications)
        .zone(zone)
        .workingHours(hours)
        .limits(limits)
        .build();
  }

  static Clinician clinician(String id, String... jurisdictions) {
    List<License> l = new ArrayList<>();
    for (String j : jurisdictions) {
      l.add(licence(j, null));
    }
    return clinician(
        id,
        NY,
        l,
        Set.of(),
        new ClinicianLimits(12, 60, 40),
        everyDay("00:00", "23:59", List.of()));
  }

  static LedgerEntry session(
      SessionKind kind,
      Modality modality,
      Instant start,
      Duration length,
      List<ParticipantId> participants,
      List<ClinicianId> clinicians,
      List<SupportPersonId> support,
      CohortId cohort,
      boolean recorded) {
    return new LedgerEntry(
        new Session(
            SessionId.of("ses_t" + (counter++)),
            cohort,
            kind,
            modality,
            "Topic",
            start,
            NY,
            length,
            clinicians,
            participants,
            support,
            SessionStatus.SCHEDULED,
            recorded),
        10);
  }

  static LedgerEntry individual(Instant start, Duration length, ParticipantId p, ClinicianId c) {
    return session(
        SessionKind.INDIVIDUAL,
        Modality.CBT,
        start,
        length,
        List.of(p),
        List.of(c),
        List.of(),
        null,
        false);
  }

  /** Checks {@code change} against a calendar holding {@code existing}. */
  static List<RuleViolation> check(
      SchedulingRule rule, ScheduleDirectory dir, LedgerEntry proposed, LedgerEntry... existing) {
    return rule.check(
        ScheduleChange.adding(proposed), new RuleContext(storeOf(existing), dir, NOW));
  }

  static LedgerStore storeOf(LedgerEntry... entries) {
    LedgerStore store = LedgerStore.inMemory();
    for (LedgerEntry e : entries) {
      Map<TypedId, Long> v = new HashMap<>();
      v.put(e.sessionId(), store.version(e.sessionId()));
      for (TypedId p : e.people()) {
        v.put(p, store.version(p));
      }
      store.commit(new LedgerCommit(v, List.of(e), Set.of()));
    }
    return store;
  }

  static List<Consent> none() {
    return List.of();
  }
}
