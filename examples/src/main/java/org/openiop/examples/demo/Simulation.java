package org.openiop.examples.demo;

import java.nio.file.Files;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.ConsentId;
import org.openiop.core.EnrollmentId;
import org.openiop.core.IdGenerator;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.care.AftercarePlan;
import org.openiop.core.care.CarePlans;
import org.openiop.core.care.Contact;
import org.openiop.core.care.IntakeFacts;
import org.openiop.core.care.LevelOfCare;
import org.openiop.core.care.LevelOfCareRecommendation;
import org.openiop.core.care.LevelOfCareScreener;
import org.openiop.core.care.RelapsePreventionPlan;
import org.openiop.core.care.SafetyPlan;
import org.openiop.core.care.ScreeningInput;
import org.openiop.core.care.ScreeningThresholds;
import org.openiop.core.engage.ReminderPolicy;
import org.openiop.core.engage.ReminderRecipient;
import org.openiop.core.engage.ReminderService;
import org.openiop.core.interop.CarePlanSummary;
import org.openiop.core.interop.FhirExportRequest;
import org.openiop.core.interop.FhirExporter;
import org.openiop.core.interop.MeasureAdministration;
import org.openiop.core.measure.AcknowledgementRequiredPolicy;
import org.openiop.core.measure.CrisisResources;
import org.openiop.core.measure.CssrsScreen;
import org.openiop.core.measure.Instrument;
import org.openiop.core.measure.Instruments;
import org.openiop.core.measure.MeasurementService;
import org.openiop.core.measure.ProgressCriteria;
import org.openiop.core.measure.RiskSignal;
import org.openiop.core.measure.RiskSignals;
import org.openiop.core.measure.Score;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.Participant;
import org.openiop.core.privacy.Consent;
import org.openiop.core.privacy.ConsentType;
import org.openiop.core.privacy.FamilyRelease;
import org.openiop.core.privacy.ReleaseCategory;
import org.openiop.core.privacy.Signature;
import org.openiop.core.privacy.audit.AuditAction;
import org.openiop.core.privacy.audit.AuditEvent;
import org.openiop.core.privacy.audit.AuditOutcome;
import org.openiop.core.privacy.audit.CheckpointSigner;
import org.openiop.core.privacy.audit.FileAuditSink;
import org.openiop.core.privacy.audit.FsyncPolicy;
import org.openiop.core.privacy.audit.PurposeOfUse;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.Enrollment;
import org.openiop.core.program.EnrollmentStatus;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;
import org.openiop.core.schedule.BookingLedger;
import org.openiop.core.schedule.BookingResult;
import org.openiop.core.schedule.BuiltInRules;
import org.openiop.core.schedule.CalendarExpander;
import org.openiop.core.schedule.Expansion;
import org.openiop.core.schedule.HolidayCalendar;
import org.openiop.core.schedule.HolidayHandling;
import org.openiop.core.schedule.InMemoryScheduleDirectory;
import org.openiop.core.schedule.LedgerEntry;
import org.openiop.core.schedule.LedgerStore;
import org.openiop.core.schedule.LicensureRule;
import org.openiop.core.schedule.RuleContext;
import org.openiop.core.schedule.RuleViolation;
import org.openiop.core.schedule.SchedulingRule;
import org.openiop.examples.demo.DemoWorld.Profile;
import org.openiop.examples.demo.DemoWorld.Referral;
import org.openiop.video.testing.MutableClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the virtual IOP end to end on simulated time: referral, screening, admission, planning under
 * every built-in rule, reminders, video sessions with scripted attendance, weekly measures with a
 * risk escalation, sealed notes, plans and step-down. Logs ids only.
 */
final class Simulation {
  private static final Logger LOG = LoggerFactory.getLogger(Simulation.class);
  private static final String ADMIN = "adm_intake";
  static final Duration CLINICIAN_BUFFER = Duration.ofMinutes(10);

  private final DemoOptions options;
  private final Outputs out;
  private final DemoWorld world;
  private final MutableClock clock;
  private final IdGenerator ids;
  private final Random script;
  private final DemoResult result = new DemoResult();
  private final Map<ParticipantId, Referral> byId = new LinkedHashMap<>();
  private final Map<ParticipantId, Enrollment> enrollments = new LinkedHashMap<>();
  private final Map<ParticipantId, List<Consent>> consents = new LinkedHashMap<>();
  private final List<Attendance> attendance = new ArrayList<>();
  private final List<SchedulingRule> rules = BuiltInRules.standard(CLINICIAN_BUFFER);
  private final List<SessionId> calendar = new ArrayList<>();
  private final List<MeasureAdministration> administrations = new ArrayList<>();
  private final List<CarePlanSummary> planSummaries = new ArrayList<>();
  private FileAuditSink audit;
  private MeasurementService measures;
  private AcknowledgementRequiredPolicy escalation;
  private final List<RiskSignal> delivered = new ArrayList<>();
  private CarePlans plans;
  private ReminderService reminders;
  private InMemoryScheduleDirectory directory;
  private BookingLedger ledger;
  private Cohort weekday;
  private Cohort weekend;
  private NoteDesk notes;
  private VideoStage video;

  Simulation(DemoOptions options) {
    this.options = options;
    this.out = new Outputs(options.out());
    this.world =
        new DemoWorld(
            options.seed(), options.programStart(), options.weeks(), options.participants());
    this.clock =
        MutableClock.at(
            options.programStart().minusDays(21).atTime(14, 0).toInstant(java.time.ZoneOffset.UTC));
    this.ids = IdGenerator.seeded(options.seed() * 31 + 7);
    this.script = new Random(options.seed());
    world.referrals.forEach(r -> byId.put(r.id(), r));
  }

  DemoWorld world() {
    return world;
  }

  DemoResult run() throws Exception {
    out.prepare();
    KeyPair auditKeys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Files.writeString(
        out.auditKey(),
        Base64.getEncoder().encodeToString(auditKeys.getPublic().getEncoded()) + "\n");
    try (FileAuditSink sink =
        FileAuditSink.builder(out.auditLog())
            .clock(clock)
            .signer(CheckpointSigner.ed25519(auditKeys))
            .fsync(FsyncPolicy.atCheckpoints())
            .checkpointEvery(50)
            .open()) {
      this.audit = sink;
      setUpServices();
      LOG.info(
          "simulating {} referrals over {} weeks from {}",
          world.referrals.size(),
          options.weeks(),
          options.programStart());
      referAndScreen();
      plan();
      for (int w = 0; w < options.weeks(); w++) {
        runWeek(w);
      }
      discharge();
      checkCalendar();
      Files.writeString(out.fhir.resolve("bundle.json"), fhirBundle());
      notes.finish();
      result.notes.addAll(notes.written);
      result.identities = notes.identityCount();
      result.behaviours.putAll(video.counts());
      result.auditEntries = sink.lastSequence();
    } finally {
      if (video != null) {
        video.close();
      }
    }
    return result;
  }

  private void setUpServices() throws Exception {
    escalation =
        AcknowledgementRequiredPolicy.builder(
                clock,
                (signal, attempt) -> {
                  delivered.add(signal);
                  LOG.warn(
                      "risk signal {} for {} routed to the on-call clinician (attempt {})",
                      signal.id().value(),
                      signal.participant().value(),
                      attempt);
                })
            .acknowledgeWithin(Duration.ofMinutes(15))
            .build();
    measures =
        new MeasurementService(
            new RiskSignals(escalation, CrisisResources.defaults(), clock, ids),
            clock,
            ProgressCriteria.defaults());
    plans = new CarePlans(clock, ids);
    reminders =
        new ReminderService(
            ReminderPolicy.DEFAULT,
            reminder -> {
              result.remindersDelivered++;
              LOG.debug(
                  "reminder {} sent for session {}",
                  reminder.idempotencyKey(),
                  reminder.session().value());
            },
            clock);
    notes = new NoteDesk(out, clock, this::audit, options.seed());
    video =
        new VideoStage(
            clock,
            options.seed(),
            options.video().equals("janus")
                ? new JanusStage(
                    clock, options.janusUrl(), options.janusAdminKey(), options.janusTokenSecret())
                : VideoStage.loopback(clock));
  }

  // ------------------------------------------------------------------ referral and screening

  private void referAndScreen() {
    LevelOfCareScreener screener = new LevelOfCareScreener(ScreeningThresholds.defaults());
    Instant referred = clock.instant();
    for (Referral r : world.referrals) {
      ParticipantId pid = r.id();
      enrollments.put(
          pid,
          Enrollment.refer(
              EnrollmentId.generate(ids), pid, world.program.id(), referred, ADMIN, "referral"));
      audit("enrollment", AuditAction.CREATE, ADMIN, "admin", pid, "referral-received");
    }
    clock.advance(Duration.ofDays(4));
    for (Referral r : world.referrals) {
      ParticipantId pid = r.id();
      clock.advance(Duration.ofMinutes(45));
      Enrollment e =
          enrollments
              .get(pid)
              .transition(EnrollmentStatus.SCREENING, clock.instant(), ADMIN, "intake call");
      Jurisdiction where = r.participant().jurisdictionAt(clock.instant()).orElse(null);
      List<Score> intake = new ArrayList<>();
      int phq;
      int gad;
      CssrsScreen.Triage triage = CssrsScreen.Triage.NONE;
      switch (r.profile().intake) {
        case HIGHER -> {
          phq = 21;
          gad = 17;
          triage = CssrsScreen.Triage.MODERATE;
        }
        case LOWER -> {
          phq = 5;
          gad = 4;
        }
        default -> {
          phq = 12 + script.nextInt(6);
          gad = 9 + script.nextInt(6);
        }
      }
      var phqIntake = measure(pid, Instruments.PHQ_9, answers(phq, 9, 0), where).record();
      var gadIntake = measure(pid, Instruments.GAD_7, answers(gad, 7, -1), where).record();
      result.intake.put(pid, List.of(phqIntake, gadIntake));
      intake.add(phqIntake.score());
      intake.add(gadIntake.score());
      LevelOfCareRecommendation rec =
          screener.screen(
              new ScreeningInput(
                  new IntakeFacts(false, false, true, true, true, true, true),
                  intake,
                  triage,
                  false));
      audit("screening", AuditAction.CREATE, ADMIN, "admin", pid, "level-of-care-screened");
      if (rec.level() != LevelOfCare.INTENSIVE_OUTPATIENT) {
        e =
            e.transition(
                EnrollmentStatus.DECLINED,
                clock.instant(),
                ADMIN,
                "referred to " + rec.level().name().toLowerCase(java.util.Locale.ROOT));
        enrollments.put(pid, e);
        result.placements.put(pid, new DemoResult.Placement(pid, null, rec, e));
        LOG.info("referral {} referred elsewhere: {}", pid.value(), rec.level());
        continue;
      }
      enrollments.put(pid, e);
      result.placements.put(pid, new DemoResult.Placement(pid, r.profile().track, rec, e));
    }
    admit();
  }

  private void admit() {
    clock.advance(Duration.ofDays(3));
    weekday =
        Cohort.empty(
            CohortId.generate(ids),
            world.program.id(),
            DemoWorld.WEEKDAY,
            DemoWorld.EASTERN,
            List.of(world.east.id()),
            10);
    weekend =
        Cohort.empty(
            CohortId.generate(ids),
            world.program.id(),
            DemoWorld.WEEKEND,
            DemoWorld.CENTRAL,
            List.of(world.central.id()),
            10);
    for (DemoResult.Placement p : List.copyOf(result.placements.values())) {
      if (p.cohortTrack() == null) {
        continue;
      }
      ParticipantId pid = p.participant();
      Referral r = byId.get(pid);
      clock.advance(Duration.ofMinutes(20));
      List<Consent> signed = new ArrayList<>();
      signed.add(consent(pid, ConsentType.TELEHEALTH, null));
      signed.add(consent(pid, ConsentType.CONFIDENTIALITY_AGREEMENT, null));
      if (r.hasFamily()) {
        signed.add(
            consent(
                pid,
                ConsentType.FAMILY_RELEASE,
                new FamilyRelease(
                    r.supportPerson().id(),
                    java.util.Set.of(
                        ReleaseCategory.SCHEDULE,
                        ReleaseCategory.ATTENDANCE,
                        ReleaseCategory.PLANS,
                        ReleaseCategory.PROGRESS))));
      }
      consents.put(pid, signed);
      for (Consent c : signed) {
        audit(
            "consent",
            AuditAction.CREATE,
            pid.value(),
            "participant",
            pid,
            "signed-" + c.type().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      }
      boolean weekdayTrack = DemoWorld.WEEKDAY.equals(p.cohortTrack());
      Cohort cohort = weekdayTrack ? weekday : weekend;
      Enrollment e =
          enrollments
              .get(pid)
              .admit(
                  cohort.id(),
                  cohort.track(),
                  signed,
                  clock.instant(),
                  ADMIN,
                  "meets IOP criteria");
      Cohort joined = cohort.admit(pid, options.programStart());
      if (weekdayTrack) {
        weekday = joined;
      } else {
        weekend = joined;
      }
      enrollments.put(pid, e);
      result.placements.put(
          pid, new DemoResult.Placement(pid, p.cohortTrack(), p.recommendation(), e));
      audit("enrollment", AuditAction.UPDATE, ADMIN, "admin", pid, "admitted");
      LOG.info("referral {} admitted to cohort {}", pid.value(), cohort.id().value());
    }
  }

  private Consent consent(ParticipantId pid, ConsentType type, FamilyRelease release) {
    Instant at = clock.instant();
    return new Consent(
        ConsentId.generate(ids),
        1,
        type,
        pid,
        null,
        "2026.1",
        new Signature(
            byId.get(pid).participant().legalName().display(), Signature.Capacity.SELF, at),
        at,
        type == ConsentType.FAMILY_RELEASE ? at.plus(Duration.ofDays(365)) : null,
        release,
        null,
        null);
  }

  // ------------------------------------------------------------------ planning

  private List<Referral> admitted() {
    return world.referrals.stream()
        .filter(
            r ->
                enrollments.get(r.id()).status() == EnrollmentStatus.ADMITTED
                    || enrollments.get(r.id()).status() == EnrollmentStatus.ACTIVE)
        .toList();
  }

  private void plan() {
    clock.advance(Duration.ofDays(1));
    List<Participant> people = world.referrals.stream().map(Referral::participant).toList();
    List<Consent> all = consents.values().stream().flatMap(List::stream).toList();
    directory =
        org.openiop.core.schedule.ScheduleDirectory.builder()
            .participants(people)
            .clinicians(world.clinicians())
            .supportPersons(world.supportPersons())
            .cohorts(List.of(weekday, weekend))
            .programs(List.of(world.program))
            .consents(all)
            .build();
    ledger =
        BookingLedger.builder(LedgerStore.inMemory())
            .clock(clock)
            .addRules(rules)
            .directory(directory)
            .build();
    CalendarExpander expander =
        CalendarExpander.builder()
            .holidays(HolidayCalendar.usFederal())
            .holidayHandling(HolidayHandling.SKIP)
            .ids(ids)
            .build();
    LocalDate from = options.programStart();
    LocalDate to = from.plusWeeks(options.weeks()).minusDays(1);
    for (Cohort cohort : List.of(weekday, weekend)) {
      Expansion x = expander.expand(world.program, cohort, from, to);
      for (Expansion.Skipped s : x.skipped()) {
        LOG.info("cohort {}: {} skipped for a holiday", cohort.id().value(), s.date());
      }
      for (Session s : x.sessions()) {
        Session empty = copy(s, s.participants().isEmpty() ? List.of() : List.of(), List.of());
        BookingResult created = ledger.create(new LedgerEntry(empty, cohort.capacity()));
        if (!created.accepted()) {
          LOG.warn("group session {} refused: {}", s.id().value(), rules(created));
          continue;
        }
        calendar.add(s.id());
        for (ParticipantId pid : s.participants()) {
          BookingResult booked = ledger.book(s.id(), pid);
          if (!booked.accepted()) {
            refused(s, pid, booked);
          }
        }
      }
    }
    planIndividualSessions();
    planFamilySession();
    for (SessionId id : calendar) {
      Session s = ledger.calendar().entry(id).orElseThrow().session();
      List<ReminderRecipient> who = new ArrayList<>();
      for (ParticipantId p : s.participants()) {
        who.add(ReminderRecipient.of(byId.get(p).participant(), s.start()));
      }
      result.remindersPlanned += reminders.schedule(s, who).size();
    }
    LOG.info("planned {} sessions; {} bookings refused", calendar.size(), result.refusals.size());
  }

  private void refused(Session s, ParticipantId pid, BookingResult booked) {
    audit(
        "booking",
        AuditAction.EXECUTE,
        ADMIN,
        "admin",
        pid,
        "refused-" + booked.errors().get(0).ruleId().replace('.', '-'));
    LOG.info("booking of {} into {} refused by {}", pid.value(), s.id().value(), rules(booked));
    boolean licensure = booked.errors().stream().anyMatch(v -> v.ruleId().equals(LicensureRule.ID));
    String action = "none";
    if (licensure) {
      Session replacement =
          individual(
              pid,
              world.psychologist,
              s.start(),
              s.kind() == SessionKind.INDIVIDUAL ? s.duration() : Duration.ofMinutes(90),
              "Individual CBT (travel)");
      BookingResult r = ledger.create(new LedgerEntry(replacement, 1));
      if (r.accepted()) {
        calendar.add(replacement.id());
        action =
            "individual session "
                + replacement.id().value()
                + " with "
                + world.psychologist.id().value()
                + " under PSYPACT";
      } else {
        action = "replacement refused: " + rules(r);
      }
    }
    result.refusals.add(new DemoResult.Refusal(s.id(), pid, booked.errors(), action));
  }

  private void planIndividualSessions() {
    Map<ClinicianId, Integer> slots = new LinkedHashMap<>();
    for (int w = 0; w < options.weeks(); w++) {
      slots.clear();
      LocalDate monday = options.programStart().plusWeeks(w);
      for (Referral r : admitted()) {
        Clinician c = homeClinician(r.profile());
        int k = slots.merge(c.id(), 1, Integer::sum) - 1;
        DayOfWeek day =
            c == world.east
                ? DayOfWeek.WEDNESDAY
                : c == world.central ? DayOfWeek.THURSDAY : DayOfWeek.FRIDAY;
        Instant start =
            monday
                .with(TemporalAdjusters.nextOrSame(day))
                .atTime(LocalTime.of(10, 0))
                .plusHours(k)
                .atZone(c.zone())
                .toInstant();
        Session s = individual(r.id(), c, start, Duration.ofMinutes(50), "Individual therapy");
        BookingResult b = ledger.create(new LedgerEntry(s, 1));
        if (b.accepted()) {
          calendar.add(s.id());
        } else {
          refused(s, r.id(), b);
        }
      }
    }
  }

  private void planFamilySession() {
    for (Referral r : admitted()) {
      if (!r.hasFamily()) {
        continue;
      }
      int week = Math.min(2, options.weeks() - 1);
      Instant start =
          options
              .programStart()
              .plusWeeks(week)
              .with(TemporalAdjusters.nextOrSame(DayOfWeek.FRIDAY))
              .atTime(15, 0)
              .atZone(world.psychologist.zone())
              .toInstant();
      Session s =
          new Session(
              SessionId.generate(ids),
              null,
              SessionKind.FAMILY,
              Modality.FAMILY_THERAPY,
              "Family session",
              start,
              world.psychologist.zone(),
              Duration.ofMinutes(60),
              List.of(world.psychologist.id()),
              List.of(r.id()),
              List.of(r.supportPerson().id()),
              SessionStatus.SCHEDULED,
              false);
      BookingResult b = ledger.create(new LedgerEntry(s, 1));
      if (b.accepted()) {
        calendar.add(s.id());
      } else {
        refused(s, r.id(), b);
      }
    }
  }

  private Clinician homeClinician(Profile p) {
    return switch (p.home.code()) {
      case "US-NY", "US-NJ" -> world.east;
      case "US-CO" -> world.psychologist;
      default -> world.central;
    };
  }

  private Session individual(
      ParticipantId pid, Clinician c, Instant start, Duration length, String topic) {
    return new Session(
        SessionId.generate(ids),
        null,
        SessionKind.INDIVIDUAL,
        Modality.CBT,
        topic,
        start,
        c.zone(),
        length,
        List.of(c.id()),
        List.of(pid),
        List.of(),
        SessionStatus.SCHEDULED,
        false);
  }

  private static Session copy(
      Session s, List<ParticipantId> participants, List<SupportPersonId> support) {
    return new Session(
        s.id(),
        s.cohort(),
        s.kind(),
        s.modality(),
        s.topic(),
        s.start(),
        s.zone(),
        s.duration(),
        s.facilitators(),
        participants,
        support,
        SessionStatus.SCHEDULED,
        s.recorded());
  }

  private static String rules(BookingResult r) {
    return r.errors().stream().map(RuleViolation::ruleId).distinct().toList().toString();
  }

  // ------------------------------------------------------------------ the weeks

  private void runWeek(int w) throws Exception {
    Instant weekStart =
        options.programStart().plusWeeks(w).atStartOfDay(DemoWorld.EASTERN).toInstant();
    Instant weekEnd =
        options
            .programStart()
            .plusWeeks(w)
            .plusDays(6)
            .atTime(19, 0)
            .atZone(DemoWorld.EASTERN)
            .toInstant();
    List<Session> sessions =
        calendar.stream()
            .map(id -> ledger.calendar().entry(id).orElseThrow().session())
            .filter(s -> !s.start().isBefore(weekStart) && s.start().isBefore(weekEnd))
            .sorted(Comparator.comparing(Session::start).thenComparing(s -> s.id().value()))
            .toList();
    for (Session s : sessions) {
      clock.set(s.start().minus(Duration.ofMinutes(15)));
      reminders.dispatchDue();
      List<DemoResult.Held> held = video.hold(s);
      Session done = s.withStatus(SessionStatus.COMPLETED);
      result.sessions.put(s.id(), done);
      Map<ParticipantId, Jurisdiction> where = new LinkedHashMap<>();
      for (ParticipantId p : s.participants()) {
        where.put(p, byId.get(p).participant().jurisdictionAt(s.start()).orElseThrow());
      }
      result.locations.put(s.id(), where);
      result.held.addAll(held);
      for (DemoResult.Held h : held) {
        attendance.add(h.attendance());
        ParticipantId p = h.attendance().participant();
        if (p == null) {
          continue;
        }
        LocalDate wk = weekOf(s.start(), byId.get(p).participant().homeZone());
        result.addHours(p, wk, s.duration(), h.attendance().attended());
        Enrollment e = enrollments.get(p);
        if (e.status() == EnrollmentStatus.ADMITTED && !h.attendance().status().isAbsence()) {
          enrollments.put(
              p,
              e.transition(
                  EnrollmentStatus.ACTIVE,
                  clock.instant(),
                  s.facilitators().get(0).value(),
                  "first session attended"));
          audit(
              "enrollment",
              AuditAction.UPDATE,
              s.facilitators().get(0).value(),
              "clinician",
              p,
              "activated");
        }
      }
      writeNotes(s, held);
    }
    clock.set(weekEnd);
    reminders.dispatchDue();
    weeklyMeasures(w);
    if (w == 0) {
      List<ParticipantId> members = weekday.membersOn(options.programStart());
      if (members.size() >= 2) {
        clock.advance(Duration.ofMinutes(20));
        result.chat = notes.groupChat(world.east.id(), members, members.get(members.size() - 1));
        audit(
            "message-thread",
            AuditAction.UPDATE,
            world.east.id().value(),
            "clinician",
            members.get(members.size() - 1),
            "member-removed");
      }
    }
  }

  static LocalDate weekOf(Instant at, ZoneId zone) {
    return at.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private void writeNotes(Session s, List<DemoResult.Held> held) throws Exception {
    List<ParticipantId> present =
        held.stream()
            .map(DemoResult.Held::attendance)
            .filter(a -> a.participant() != null && !a.status().isAbsence())
            .map(Attendance::participant)
            .toList();
    if (present.isEmpty()) {
      return;
    }
    ClinicianId author = s.facilitators().get(0);
    if (s.kind() == SessionKind.FAMILY) {
      ParticipantId p = s.participants().get(0);
      notes.familyNote(s, author, p, byId.get(p).supportPerson().id(), careTeam(p, author));
    } else if (s.kind() == SessionKind.INDIVIDUAL && isLastIndividual(s)) {
      ParticipantId p = s.participants().get(0);
      notes.progressNote(s, author, p, careTeam(p, author));
    } else if (s.cohort() != null && !notes.hasGroupNote()) {
      List<Participant> members = present.stream().map(p -> byId.get(p).participant()).toList();
      notes.groupNote(s, author, members, s.facilitators());
    }
  }

  private boolean isLastIndividual(Session s) {
    ParticipantId p = s.participants().get(0);
    return calendar.stream()
        .map(id -> ledger.calendar().entry(id).orElseThrow().session())
        .filter(x -> x.kind() == SessionKind.INDIVIDUAL && x.participants().contains(p))
        .noneMatch(x -> x.start().isAfter(s.start()));
  }

  private List<ClinicianId> careTeam(ParticipantId p, ClinicianId author) {
    List<ClinicianId> team = new ArrayList<>();
    team.add(author);
    Cohort c = DemoWorld.WEEKDAY.equals(result.placements.get(p).cohortTrack()) ? weekday : weekend;
    for (ClinicianId f : c.facilitators()) {
      if (!team.contains(f)) {
        team.add(f);
      }
    }
    return team;
  }

  private void weeklyMeasures(int w) {
    for (Referral r : admitted()) {
      ParticipantId p = r.id();
      clock.advance(Duration.ofMinutes(3));
      Jurisdiction where = r.participant().jurisdictionAt(clock.instant()).orElse(null);
      int improve = (w + 1) * 2 + script.nextInt(3) - 1;
      int phqBase = baseline(p, Instruments.PHQ_9.id(), 14);
      int gadBase = baseline(p, Instruments.GAD_7.id(), 11);
      int phq = Math.max(2, phqBase - improve);
      int gad = Math.max(1, gadBase - improve + 1);
      boolean risk = r.profile() == Profile.NY_RISK && w == Math.min(1, options.weeks() - 1);
      MeasurementService.Recorded rec =
          measure(p, Instruments.PHQ_9, answers(phq, 9, risk ? 1 : 0), where);
      measure(p, Instruments.GAD_7, answers(gad, 7, -1), where);
      audit("observation", AuditAction.CREATE, p.value(), "participant", p, "weekly-measures");
      for (RiskSignal signal : rec.signals()) {
        clock.advance(Duration.ofMinutes(7));
        ClinicianId onCall = homeClinician(r.profile()).id();
        escalation.reRaiseOverdue();
        AcknowledgementRequiredPolicy.Acknowledgement ack =
            escalation.acknowledge(signal.id(), onCall);
        audit("risk-signal", AuditAction.UPDATE, onCall.value(), "clinician", p, "acknowledged");
        result.risks.add(new DemoResult.Risk(signal, ack.by(), ack.at(), ack.attempts()));
        LOG.info("risk signal {} acknowledged by {}", signal.id().value(), onCall.value());
        safetyPlan(p, onCall);
      }
    }
    for (Referral r : admitted()) {
      result.scores.put(r.id(), new ArrayList<>(measures.series(r.id(), Instruments.PHQ_9.id())));
    }
  }

  private MeasurementService.Recorded measure(
      ParticipantId p, Instrument instrument, List<Integer> answers, Jurisdiction where) {
    MeasurementService.Recorded rec = measures.record(p, instrument, answers, where);
    administrations.add(new MeasureAdministration(instrument, rec.record(), answers));
    return rec;
  }

  private void summarisePlan(
      org.openiop.core.care.PlanVersion<?> v, ParticipantId p, CarePlanSummary.Kind kind) {
    LocalDate today = clock.instant().atZone(byId.get(p).participant().homeZone()).toLocalDate();
    planSummaries.add(
        new CarePlanSummary(
            v.plan().value().replace('_', '-'),
            p,
            kind,
            CarePlanSummary.Status.ACTIVE,
            v.changedAt(),
            today,
            null));
  }

  /** The run as a FHIR R4 bundle (PHI: names and contact details included, as an EHR needs). */
  String fhirBundle() {
    return FhirExporter.builder(clock)
        .baseUrl("https://iop-demo.invalid/fhir")
        .build()
        .exportJson(
            FhirExportRequest.builder(world.program)
                .participants(world.referrals.stream().map(Referral::participant).toList())
                .supportPersons(world.supportPersons())
                .clinicians(world.clinicians())
                .cohorts(List.of(weekday, weekend))
                .sessions(List.copyOf(result.sessions.values()))
                .attendances(attendance)
                .enrollments(List.copyOf(enrollments.values()))
                .measures(administrations)
                .carePlans(planSummaries)
                .consents(consents.values().stream().flatMap(List::stream).toList())
                .build());
  }

  private int baseline(ParticipantId p, String instrument, int fallback) {
    List<org.openiop.core.measure.MeasurementRecord> s = measures.series(p, instrument);
    return s.isEmpty() ? fallback : s.get(0).score().total();
  }

  private void safetyPlan(ParticipantId p, ClinicianId by) {
    var v =
        plans.create(
            p,
            new SafetyPlan(
                List.of("sleeping badly for several nights", "withdrawing from friends"),
                List.of("paced breathing", "walk outside"),
                List.of("the library"),
                List.of(new Contact("Trusted friend", null, "friend")),
                List.of(new Contact("Program on-call line", null, "clinic")),
                CrisisResources.defaults().forRegion("US"),
                List.of("keep medicines with a trusted person"),
                List.of("family", "music")),
            by);
    result.plans.add("safety " + v.plan().value() + " v" + v.version() + " for " + p.value());
    summarisePlan(v, p, CarePlanSummary.Kind.SAFETY);
    audit("care-plan", AuditAction.CREATE, by.value(), "clinician", p, "safety-plan");
  }

  // ------------------------------------------------------------------ discharge

  private void discharge() {
    clock.advance(Duration.ofHours(14));
    LocalDate last = options.programStart().plusWeeks(options.weeks()).minusDays(1);
    for (Referral r : admitted()) {
      ParticipantId p = r.id();
      ClinicianId c = homeClinician(r.profile()).id();
      clock.advance(Duration.ofMinutes(30));
      var rp =
          plans.create(
              p,
              new RelapsePreventionPlan(
                  List.of("staying well for my family"),
                  List.of("work deadlines", "poor sleep"),
                  List.of("skipping meals"),
                  List.of("cancelling plans"),
                  List.of("thoughts of giving up"),
                  List.of("use the DBT skills card", "call my sponsor", "call the program"),
                  List.of("thought records", "opposite action"),
                  List.of(new Contact("Peer support group", null, "peer")),
                  List.of(new Contact("Outpatient therapist", null, "therapist")),
                  CrisisResources.defaults().forRegion("US"),
                  List.of("tell someone and restart the plan")),
              c);
      var ac = plans.create(p, AftercarePlan.standard(last.plusDays(1)), c);
      result.plans.add("relapse-prevention " + rp.plan().value() + " for " + p.value());
      summarisePlan(rp, p, CarePlanSummary.Kind.RELAPSE_PREVENTION);
      result.plans.add("aftercare " + ac.plan().value() + " for " + p.value());
      audit("care-plan", AuditAction.CREATE, c.value(), "clinician", p, "discharge-plans");
      Enrollment e = enrollments.get(p);
      Enrollment next =
          e.status() == EnrollmentStatus.ACTIVE
              ? e.transition(
                  EnrollmentStatus.STEPPED_DOWN,
                  clock.instant(),
                  c.value(),
                  "completed IOP; stepped down to outpatient care")
              : e.transition(
                  EnrollmentStatus.WITHDRAWN, clock.instant(), c.value(), "never attended");
      enrollments.put(p, next);
      audit(
          "enrollment",
          AuditAction.UPDATE,
          c.value(),
          "clinician",
          p,
          next.status().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      DemoResult.Placement pl = result.placements.get(p);
      result.placements.put(
          p, new DemoResult.Placement(p, pl.cohortTrack(), pl.recommendation(), next));
      result.progress.put(
          p,
          List.of(
              measures.progress(p, Instruments.PHQ_9), measures.progress(p, Instruments.GAD_7)));
    }
    for (Referral r : world.referrals) {
      if (!result.placements.get(r.id()).enrollment().equals(enrollments.get(r.id()))) {
        DemoResult.Placement pl = result.placements.get(r.id());
        result.placements.put(
            r.id(),
            new DemoResult.Placement(
                r.id(), pl.cohortTrack(), pl.recommendation(), enrollments.get(r.id())));
      }
    }
    LOG.info("discharged {} participants", admitted().size());
  }

  private void checkCalendar() {
    InMemoryScheduleDirectory withAttendance = directory.toBuilder().attendance(attendance).build();
    List<LedgerEntry> entries =
        calendar.stream().map(id -> ledger.calendar().entry(id).orElseThrow()).toList();
    RuleContext context = new RuleContext(ledger.calendar(), withAttendance, clock.instant());
    for (SchedulingRule rule : rules) {
      result.calendarFindings.addAll(rule.checkCalendar(entries, context));
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Answers summing to {@code total} (item 9 of the PHQ-9 set separately by {@code risk}). */
  static List<Integer> answers(int total, int items, int risk) {
    Integer[] a = new Integer[items];
    Arrays.fill(a, 0);
    int free = risk >= 0 ? items - 1 : items;
    int left = Math.min(total - Math.max(risk, 0), free * 3);
    for (int i = 0; left > 0; i = (i + 1) % free) {
      if (a[i] < 3) {
        a[i]++;
        left--;
      }
    }
    if (risk >= 0) {
      a[items - 1] = risk;
    }
    return Arrays.asList(a);
  }

  void audit(
      String resource,
      AuditAction action,
      String actor,
      String role,
      ParticipantId p,
      String reason) {
    audit.append(
        AuditEvent.builder(clock.instant())
            .eventType(resource + "-" + action.name().toLowerCase(java.util.Locale.ROOT))
            .action(action)
            .actor(actor, role)
            .resource(resource, null, p)
            .outcome(reason.startsWith("refused") ? AuditOutcome.DENIED : AuditOutcome.SUCCESS)
            .reason(reason)
            .purpose(PurposeOfUse.TREATMENT)
            .build());
  }
}
