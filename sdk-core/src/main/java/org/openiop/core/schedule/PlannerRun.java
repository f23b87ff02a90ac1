package org.openiop.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.IdGenerator;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.LocationStay;
import org.openiop.core.people.Participant;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.CohortMembership;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;

/** One run of the planner: greedy placement with exact rule checks, single-threaded. */
final class PlannerRun {
  private static final int MAX_COHORTS_TRIED = 4;
  private static final Duration STEP = Duration.ofMinutes(30);

  private final PlanningRequest req;
  private final Planner.Settings settings;
  private final IdGenerator ids;
  private final SplittableRandom random;
  private final ScheduleDirectory dir;
  private final LocalDate horizonEnd;
  private final LocalDate authorityOrigin;
  private final int authorityDays;
  private final Map<Availability, Integer> availabilities = new HashMap<>();

  private final List<CohortState> cohorts = new ArrayList<>();
  private final Map<ClinicianId, ClinicianState> clinicians = new HashMap<>();
  private final List<ClinicianState> pool = new ArrayList<>();
  private final Map<EligibilityKey, Profile[]> eligibility = new HashMap<>();
  private final Map<PoolKey, List<ClinicianState>> licensedPool = new HashMap<>();

  private final List<Plan.Placement> placements = new ArrayList<>();
  private final List<Plan.Unplaced> unplaced = new ArrayList<>();
  private final List<LedgerEntry> individual = new ArrayList<>();

  PlannerRun(PlanningRequest req, Planner.Settings settings) {
    this.req = req;
    this.settings = settings;
    this.ids = IdGenerator.seeded(settings.seed());
    this.random = new SplittableRandom(settings.seed());
    this.dir = req.directory();
    this.horizonEnd = req.horizonStart().plusWeeks(req.weeks()).minusDays(1);
    this.authorityOrigin = req.horizonStart().minusDays(7);
    this.authorityDays = req.weeks() * 7 + 14;
    for (Clinician c : req.clinicians()) {
      ClinicianState s = new ClinicianState(c, pool.size(), random.nextInt());
      clinicians.put(c.id(), s);
      pool.add(s);
    }
    Map<ProgramId, Program> programs = new HashMap<>();
    req.programs().forEach(p -> programs.put(p.id(), p));
    for (Cohort c : req.cohorts()) {
      Program p = programs.get(c.program());
      if (p == null) {
        throw new IllegalArgumentException("a cohort's program is not in the request");
      }
      cohorts.add(new CohortState(c, p, cohorts.size(), random.nextInt()));
    }
  }

  // ---------------------------------------------------------------- cohorts and clinicians

  private final class CohortState {
    final Cohort cohort;
    final Program program;
    final int index;
    final int rank;
    final List<Session> occurrences;
    final int[] week;
    final int capacity;
    final int[] occupancy;
    final List<List<ParticipantId>> rosters = new ArrayList<>();
    final List<CohortMembership> added = new ArrayList<>();
    @Nullable String bad;

    CohortState(Cohort cohort, Program program, int index, int rank) {
      this.cohort = cohort;
      this.program = program;
      this.index = index;
      this.rank = rank;
      Expansion e =
          CalendarExpander.builder()
              .holidays(settings.holidays())
              .holidayHandling(settings.holidayHandling())
              .dstPolicy(settings.dstPolicy())
              .ids(ids)
              .build()
              .expand(program, cohort, req.horizonStart(), horizonEnd);
      this.occurrences = e.sessions();
      this.week = new int[occurrences.size()];
      for (int i = 0; i < occurrences.size(); i++) {
        Session s = occurrences.get(i);
        LocalDate d = s.start().atZone(s.zone()).toLocalDate();
        week[i] = (int) (ChronoUnit.DAYS.between(req.horizonStart(), d) / 7);
        rosters.add(new ArrayList<>(s.participants()));
      }
      this.capacity = Math.min(cohort.capacity(), program.maxGroupSize());
      this.occupancy = new int[req.weeks()];
      for (int w = 0; w < req.weeks(); w++) {
        LocalDate monday = req.horizonStart().plusWeeks(w);
        Set<ParticipantId> members = new HashSet<>();
        for (int d = 0; d < 7; d++) {
          members.addAll(cohort.membersOn(monday.plusDays(d)));
        }
        occupancy[w] = members.size();
      }
    }

    int lengthWeeks() {
      return program.lengthWeeks();
    }
  }

  private static final class ClinicianState {
    final Clinician clinician;
    final int index;
    final int rank;
    final ConflictIndex<SessionId> booked = new ConflictIndex<>();
    final Map<LocalDate, Integer> dayMinutes = new HashMap<>();
    final Map<LocalDate, Integer> weekMinutes = new HashMap<>();
    final Map<LocalDate, Set<ParticipantId>> caseload = new HashMap<>();

    /** Per jurisdiction, per day from the cache origin: 0 unknown, 1 authorized, 2 not. */
    final Map<Jurisdiction, byte[]> authority = new HashMap<>();

    long totalMinutes;

    ClinicianState(Clinician clinician, int index, int rank) {
      this.clinician = clinician;
      this.index = index;
      this.rank = rank;
    }

    int weekLoad(LocalDate monday) {
      return weekMinutes.getOrDefault(monday, 0);
    }
  }

  /** A booking of a clinician, kept to undo it. */
  private record Booked(
      ClinicianState clinician,
      SessionId session,
      int minutes,
      LocalDate day,
      LocalDate week,
      @Nullable ParticipantId newCase) {}

  private Booked book(
      ClinicianState c, SessionId id, TimeSlot slot, @Nullable ParticipantId caseOf) {
    ZoneId zone = c.clinician.zone();
    LocalDate day = slot.start().atZone(zone).toLocalDate();
    LocalDate week = Rules.monday(day);
    int minutes = (int) slot.length().toMinutes();
    c.booked.put(id, slot);
    c.dayMinutes.merge(day, minutes, Integer::sum);
    c.weekMinutes.merge(week, minutes, Integer::sum);
    c.totalMinutes += minutes;
    ParticipantId added = null;
    if (caseOf != null && c.caseload.computeIfAbsent(week, k -> new HashSet<>()).add(caseOf)) {
      added = caseOf;
    }
    return new Booked(c, id, minutes, day, week, added);
  }

  private static void undo(Booked b) {
    ClinicianState c = b.clinician();
    c.booked.remove(b.session());
    c.dayMinutes.merge(b.day(), -b.minutes(), Integer::sum);
    c.weekMinutes.merge(b.week(), -b.minutes(), Integer::sum);
    c.totalMinutes -= b.minutes();
    if (b.newCase() != null) {
      c.caseload.get(b.week()).remove(b.newCase());
    }
  }

  /** Why a clinician cannot take a slot, or null if they can. */
  private @Nullable String clinicianRefuses(
      ClinicianState c, TimeSlot slot, Modality modality, @Nullable ParticipantId caseOf) {
    Clinician cl = c.clinician;
    if (settings.qualification().requires(modality) && !cl.isQualifiedIn(modality)) {
      return QualificationRule.ID;
    }
    if (!cl.workingHours().isAvailable(slot.start(), slot.end(), cl.zone())) {
      return ClinicianAvailabilityRule.ID;
    }
    if (c.booked.anyOverlapping(slot.widenedBy(settings.clinicianBuffer()))) {
      return DoubleBookingRule.ID;
    }
    LocalDate day = slot.start().atZone(cl.zone()).toLocalDate();
    int minutes = (int) slot.length().toMinutes();
    if (c.dayMinutes.getOrDefault(day, 0) + minutes > cl.limits().maxHoursPerDay() * 60) {
      return ClinicianLoadRule.ID;
    }
    LocalDate week = Rules.monday(day);
    if (c.weekLoad(week) + minutes > cl.limits().maxHoursPerWeek() * 60) {
      return ClinicianLoadRule.ID;
    }
    if (caseOf != null) {
      Set<ParticipantId> cases = c.caseload.get(week);
      if (cases != null && !cases.contains(caseOf) && cases.size() >= cl.limits().maxCaseload()) {
        return ClinicianLoadRule.ID;
      }
    }
    return null;
  }

  /** Reserves every cohort's group sessions for its facilitators, or marks the cohort unusable. */
  private void reserveGroups() {
    for (CohortState cs : cohorts) {
      List<Booked> done = new ArrayList<>();
      String why = null;
      outer:
      for (Session s : cs.occurrences) {
        TimeSlot slot = new LedgerEntry(s, 1).slot();
        if (s.facilitators().isEmpty()) {
          why = QualificationRule.ID;
          break;
        }
        boolean qualified = !settings.qualification().requires(s.modality());
        for (ClinicianId f : s.facilitators()) {
          ClinicianState c = clinicians.get(f);
          if (c == null) {
            Optional<Clinician> fromDirectory = dir.clinician(f);
            if (fromDirectory.isEmpty()) {
              why = LicensureRule.ID;
              break outer;
            }
            c = new ClinicianState(fromDirectory.get(), -1, random.nextInt());
            clinicians.put(f, c);
          }
          qualified |= c.clinician.isQualifiedIn(s.modality());
          String refusal = clinicianRefuses(c, slot, Modality.SUPPORTIVE, null);
          if (refusal != null) {
            why = refusal;
            break outer;
          }
          done.add(book(c, s.id(), slot, null));
        }
        if (!qualified) {
          why = QualificationRule.ID;
          break;
        }
      }
      if (why != null) {
        done.forEach(PlannerRun::undo);
        cs.bad = why;
      }
    }
  }

  // ---------------------------------------------------------------- eligibility

  private record EligibilityKey(
      Jurisdiction jurisdiction, ZoneId zone, int availability, LocalHours hours) {}

  private record PoolKey(Jurisdiction jurisdiction, LocalDate date) {}

  private static final byte OK = 0;
  private static final byte NO_AVAILABILITY = 1;
  private static final byte NO_HOURS = 2;
  private static final byte NO_LICENCE = 3;
  private static final byte NO_LOCATION = 4;

  private static String reason(byte code) {
    switch (code) {
      case NO_AVAILABILITY:
        return Planner.AVAILABILITY;
      case NO_HOURS:
        return ParticipantHoursRule.ID;
      default:
        return LicensureRule.ID;
    }
  }

  private boolean authorized(ClinicianState c, Jurisdiction j, LocalDate date) {
    long day = ChronoUnit.DAYS.between(authorityOrigin, date);
    if (day < 0 || day >= authorityDays) {
      return c.clinician.authorityIn(j, date, dir.compacts()).isPresent();
    }
    byte[] known = c.authority.computeIfAbsent(j, k -> new byte[authorityDays]);
    if (known[(int) day] == 0) {
      known[(int) day] =
          c.clinician.authorityIn(j, date, dir.compacts()).isPresent() ? (byte) 1 : 2;
    }
    return known[(int) day] == 1;
  }

  /** What a participant in one place, with one availability, may attend of one cohort. */
  private static final class Profile {
    final byte[] codes;

    /**
     * For each week w: the last week at or after w with an occurrence they cannot attend, or -1.
     */
    final int[] lastBadFrom;

    /** For each week w: the reasons (bit per code) of those occurrences. */
    final int[] reasonsFrom;

    Profile(byte[] codes, int[] week, int weeks) {
      this.codes = codes;
      this.lastBadFrom = new int[weeks + 1];
      this.reasonsFrom = new int[weeks + 1];
      java.util.Arrays.fill(lastBadFrom, -1);
      for (int i = 0; i < codes.length; i++) {
        if (codes[i] != OK && week[i] >= 0 && week[i] < weeks) {
          int w = week[i];
          lastBadFrom[w] = Math.max(lastBadFrom[w], w);
          reasonsFrom[w] |= 1 << codes[i];
        }
      }
      for (int w = weeks - 1; w >= 0; w--) {
        lastBadFrom[w] = Math.max(lastBadFrom[w], lastBadFrom[w + 1]);
        reasonsFrom[w] |= reasonsFrom[w + 1];
      }
    }
  }

  private Profile profile(CohortState cs, LocationStay stay, Availability a, LocalHours hours) {
    return profiles(stay, a, hours)[cs.index] != null
        ? profiles(stay, a, hours)[cs.index]
        : profile(profiles(stay, a, hours), cs, stay, a, hours);
  }

  /** The profiles of everyone in one place with one availability and hours, per cohort. */
  private Profile[] profiles(LocationStay stay, Availability a, LocalHours hours) {
    Integer known = availabilities.get(a);
    if (known == null) {
      known = availabilities.size();
      availabilities.put(a, known);
    }
    int availability = known;
    return eligibility.computeIfAbsent(
        new EligibilityKey(stay.jurisdiction(), stay.zone(), availability, hours),
        k -> new Profile[cohorts.size()]);
  }

  private Profile profile(
      Profile[] row, CohortState cs, LocationStay stay, Availability a, LocalHours hours) {
    byte[] codes = new byte[cs.occurrences.size()];
    for (int i = 0; i < codes.length; i++) {
      codes[i] = compute(cs, cs.occurrences.get(i), stay, a, hours);
    }
    Profile found = new Profile(codes, cs.week, req.weeks());
    row[cs.index] = found;
    return found;
  }

  private static void addReasons(int mask, Set<String> reasons) {
    for (byte code = 1; code <= NO_LOCATION; code++) {
      if ((mask & (1 << code)) != 0) {
        reasons.add(reason(code));
      }
    }
  }

  /** The participant's one stay if it covers the whole horizon, else null. */
  private @Nullable LocationStay onlyStay(Participant p) {
    List<LocationStay> stays = p.locations().stays();
    if (stays.size() != 1) {
      return null;
    }
    LocationStay s = stays.get(0);
    boolean covers =
        s.from().isBefore(req.horizonStart())
            && (s.until() == null || s.until().isAfter(horizonEnd.plusDays(1)));
    return covers ? s : null;
  }

  private byte compute(
      CohortState cs, Session s, LocationStay stay, Availability availability, LocalHours hours) {
    ZonedDateTime start = s.start().atZone(stay.zone());
    ZonedDateTime end = s.end().atZone(stay.zone());
    if (!ParticipantHoursRule.within(s, stay.zone(), hours)) {
      return NO_HOURS;
    }
    if (!availability.admits(start, end)) {
      return NO_AVAILABILITY;
    }
    for (ClinicianId f : cs.cohort.facilitators()) {
      ClinicianState c = clinicians.get(f);
      if (c == null
          || !authorized(c, stay.jurisdiction(), start.toLocalDate())
          || !authorized(c, stay.jurisdiction(), end.minusNanos(1).toLocalDate())) {
        return NO_LICENCE;
      }
    }
    return OK;
  }

  /**
   * The first week the participant could join cs (capacity aside), or -1. Reasons go into {@code
   * mask} (one bit per code). {@code row} holds the participant's profiles when they stay in one
   * place all through the horizon, else null.
   */
  private int firstWeek(
      CohortState cs,
      Participant p,
      Referral r,
      LocalHours hours,
      int w0,
      Profile @Nullable [] row,
      int[] mask) {
    int lastBad;
    if (row != null) {
      LocationStay only = Objects.requireNonNull(onlyStay(p));
      Profile profile =
          row[cs.index] != null ? row[cs.index] : profile(row, cs, only, r.availability(), hours);
      lastBad = profile.lastBadFrom[w0];
      mask[0] |= profile.reasonsFrom[w0];
    } else {
      lastBad = -1;
      for (int i = 0; i < cs.occurrences.size(); i++) {
        if (cs.week[i] < w0) {
          continue;
        }
        Optional<LocationStay> stay = Rules.stayAt(p, cs.occurrences.get(i).start());
        byte code =
            stay.isEmpty()
                ? NO_LOCATION
                : profile(cs, stay.get(), r.availability(), hours).codes[i];
        if (code != OK) {
          mask[0] |= 1 << code;
          lastBad = Math.max(lastBad, cs.week[i]);
        }
      }
    }
    int first = Math.max(w0, lastBad + 1);
    return first < req.weeks() ? first : -1;
  }

  private Profile @Nullable [] rowOf(Participant p, Referral r, LocalHours hours) {
    LocationStay only = onlyStay(p);
    return only == null ? null : profiles(only, r.availability(), hours);
  }

  // ---------------------------------------------------------------- placement

  PlacementProblem problem() {
    reserveGroups();
    List<PlacementProblem.Seats> seats = new ArrayList<>();
    for (CohortState cs : cohorts) {
      List<Integer> occupied = new ArrayList<>();
      for (int o : cs.occupancy) {
        occupied.add(o);
      }
      seats.add(
          new PlacementProblem.Seats(cs.cohort.id(), cs.capacity, cs.lengthWeeks(), occupied));
    }
    List<PlacementProblem.Candidate> out = new ArrayList<>();
    for (Referral r : req.referrals()) {
      List<PlacementProblem.Option> options = new ArrayList<>();
      Optional<Participant> p = dir.participant(r.participant());
      int w0 = startWeek(r);
      if (p.isPresent() && w0 < req.weeks()) {
        LocalHours hours = dir.localHoursOf(r.participant());
        Profile[] row = rowOf(p.get(), r, hours);
        int[] mask = new int[1];
        for (CohortState cs : cohorts) {
          if (cs.bad == null && cs.program.population() == p.get().ageGroup()) {
            int w = firstWeek(cs, p.get(), r, hours, w0, row, mask);
            if (w >= 0) {
              options.add(new PlacementProblem.Option(cs.index, w));
            }
          }
        }
      }
      out.add(new PlacementProblem.Candidate(r.participant(), r.earliestStart(), options));
    }
    return new PlacementProblem(req.horizonStart(), req.weeks(), seats, out);
  }

  private int startWeek(Referral r) {
    long days = ChronoUnit.DAYS.between(req.horizonStart(), r.earliestStart());
    return days <= 0 ? 0 : (int) ((days + 6) / 7);
  }

  Plan run() {
    reserveGroups();
    List<Referral> order = new ArrayList<>(req.referrals());
    // Seeded shuffle, then a stable sort by earliest start: ties are broken by the seed.
    for (int i = order.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      Referral t = order.get(i);
      order.set(i, order.get(j));
      order.set(j, t);
    }
    order.sort(Comparator.comparing(Referral::earliestStart));
    for (Referral r : order) {
      place(r);
    }
    return result();
  }

  private record Choice(CohortState cohort, int week, int tieBreak) {}

  private void place(Referral r) {
    ParticipantId pid = r.participant();
    Optional<Participant> found = dir.participant(pid);
    if (found.isEmpty()) {
      unplaced.add(
          new Plan.Unplaced(pid, List.of(Planner.UNKNOWN), "participant is not in the directory"));
      return;
    }
    Participant p = found.get();
    int w0 = startWeek(r);
    if (w0 >= req.weeks()) {
      unplaced.add(
          new Plan.Unplaced(pid, List.of(Planner.HORIZON), "earliest start is after the horizon"));
      return;
    }
    LocalHours hours = dir.localHoursOf(pid);
    Set<String> reasons = new TreeSet<>();
    List<Choice> choices = new ArrayList<>();
    int salt = pid.hashCode();
    Profile[] row = rowOf(p, r, hours);
    int[] mask = new int[1];
    for (CohortState cs : cohorts) {
      if (cs.bad != null) {
        reasons.add(cs.bad);
        continue;
      }
      if (cs.program.population() != p.ageGroup()) {
        reasons.add(PopulationRule.ID);
        continue;
      }
      int w = firstWeek(cs, p, r, hours, w0, row, mask);
      if (w < 0) {
        continue;
      }
      int room = roomFrom(cs, w);
      if (room < 0) {
        reasons.add(CapacityRule.ID);
        continue;
      }
      choices.add(new Choice(cs, room, Integer.rotateLeft(cs.rank ^ salt, 7) * 31 + cs.index));
    }
    addReasons(mask[0], reasons);
    choices.sort(
        Comparator.comparingInt(Choice::week)
            .thenComparingInt(Choice::tieBreak)
            .thenComparingInt(c -> c.cohort().index));
    for (int i = 0; i < choices.size() && i < MAX_COHORTS_TRIED; i++) {
      if (attempt(p, r, choices.get(i), reasons)) {
        return;
      }
    }
    if (reasons.isEmpty()) {
      reasons.add(CapacityRule.ID);
    }
    unplaced.add(
        new Plan.Unplaced(
            pid, List.copyOf(reasons), "no cohort and clinician schedule satisfies every rule"));
  }

  /** The first week from w on with a free seat for the whole stay, or -1. */
  private int roomFrom(CohortState cs, int w) {
    for (int start = w; start < req.weeks(); start++) {
      int end = Math.min(start + cs.lengthWeeks(), req.weeks());
      boolean free = true;
      for (int x = start; x < end && free; x++) {
        free = cs.occupancy[x] < cs.capacity;
      }
      if (free) {
        return start;
      }
    }
    return -1;
  }

  private boolean attempt(Participant p, Referral r, Choice choice, Set<String> reasons) {
    CohortState cs = choice.cohort();
    int w = choice.week();
    int end = Math.min(w + cs.lengthWeeks(), req.weeks());
    ParticipantId pid = p.id();
    ConflictIndex<SessionId> own = new ConflictIndex<>();
    Map<LocalDate, Duration> weekly = new HashMap<>();
    List<Integer> groupOccurrences = new ArrayList<>();
    for (int i = 0; i < cs.occurrences.size(); i++) {
      if (cs.week[i] >= w && cs.week[i] < end) {
        Session s = cs.occurrences.get(i);
        own.put(s.id(), new LedgerEntry(s, 1).slot());
        groupOccurrences.add(i);
        weekly.merge(weekOf(p, s.start()), s.duration(), Duration::plus);
      }
    }
    List<Booked> done = new ArrayList<>();
    List<LedgerEntry> mine = new ArrayList<>();
    ClinicianState primary = null;
    List<SupportPerson> support =
        dir.supportPersonsOf(pid).stream().sorted(Comparator.comparing(SupportPerson::id)).toList();
    for (int x = w; x < end; x++) {
      LocalDate monday = req.horizonStart().plusWeeks(x);
      for (int k = 0; k < cs.program.individualSessionsPerWeek(); k++) {
        LedgerEntry e =
            findSlot(
                p, r, cs, monday, SessionKind.INDIVIDUAL, primary, support, own, reasons, done);
        if (e == null) {
          done.forEach(PlannerRun::undo);
          return false;
        }
        if (primary == null) {
          primary = clinicians.get(e.clinicians().get(0));
        }
        mine.add(e);
        weekly.merge(weekOf(p, e.session().start()), e.session().duration(), Duration::plus);
      }
      for (int k = 0; k < cs.program.familySessionsPerWeek(); k++) {
        LedgerEntry e =
            findSlot(p, r, cs, monday, SessionKind.FAMILY, primary, support, own, reasons, done);
        if (e == null) {
          done.forEach(PlannerRun::undo);
          return false;
        }
        mine.add(e);
        weekly.merge(weekOf(p, e.session().start()), e.session().duration(), Duration::plus);
      }
    }
    for (int x = w; x < end; x++) {
      Duration total = weekly.getOrDefault(req.horizonStart().plusWeeks(x), Duration.ZERO);
      if (total.compareTo(cs.program.minWeeklyService()) < 0
          || total.compareTo(cs.program.maxWeeklyService()) > 0) {
        reasons.add(WeeklyHoursRule.ID);
        done.forEach(PlannerRun::undo);
        return false;
      }
    }
    // Commit: seats, rosters, membership, sessions.
    for (int x = w; x < end; x++) {
      cs.occupancy[x]++;
    }
    for (int i : groupOccurrences) {
      cs.rosters.get(i).add(pid);
    }
    LocalDate joined = req.horizonStart().plusWeeks(w);
    cs.added.add(
        new CohortMembership(pid, joined, joined.plusWeeks(cs.lengthWeeks()).minusDays(1)));
    individual.addAll(mine);
    ClinicianId lead = primary != null ? primary.clinician.id() : cs.cohort.facilitators().get(0);
    placements.add(
        new Plan.Placement(
            pid,
            cs.cohort.id(),
            joined,
            Math.max(0, ChronoUnit.DAYS.between(r.earliestStart(), joined)),
            lead));
    return true;
  }

  private LocalDate weekOf(Participant p, Instant t) {
    return Rules.monday(t.atZone(Rules.zoneAt(p, t)).toLocalDate());
  }

  private @Nullable LedgerEntry findSlot(
      Participant p,
      Referral r,
      CohortState cs,
      LocalDate monday,
      SessionKind kind,
      @Nullable ClinicianState primary,
      List<SupportPerson> support,
      ConflictIndex<SessionId> own,
      Set<String> reasons,
      List<Booked> done) {
    Duration length =
        kind == SessionKind.FAMILY ? settings.familyLength() : settings.individualLength();
    Modality modality = kind == SessionKind.FAMILY ? Modality.FAMILY_THERAPY : Modality.CBT;
    LocalHours hours = dir.localHoursOf(p.id());
    List<Candidate> tried = new ArrayList<>();
    boolean[] anyWindow = new boolean[1];
    for (int d = 0; d < 7; d++) {
      for (Candidate slot :
          candidatesOn(p, r, monday.plusDays(d), length, hours, own, reasons, anyWindow)) {
        if (primary != null) {
          LedgerEntry e =
              tryBook(p, cs, kind, modality, length, slot, primary, support, own, reasons, done);
          if (e != null) {
            return e;
          }
        }
        tried.add(slot);
      }
    }
    if (tried.isEmpty()) {
      reasons.add(anyWindow[0] ? DoubleBookingRule.ID : Planner.AVAILABILITY);
      return null;
    }
    Map<PoolKey, List<ClinicianState>> rankedHere = new HashMap<>();
    for (Candidate slot : tried) {
      List<ClinicianState> who =
          rankedHere.computeIfAbsent(
              new PoolKey(slot.jurisdiction(), slot.startDate()), k -> ranked(k));
      if (who.isEmpty()) {
        reasons.add(LicensureRule.ID);
        continue;
      }
      for (ClinicianState c : who) {
        if (c == primary) {
          continue;
        }
        LedgerEntry e =
            tryBook(p, cs, kind, modality, length, slot, c, support, own, reasons, done);
        if (e != null) {
          return e;
        }
      }
    }
    return null;
  }

  private @Nullable LedgerEntry tryBook(
      Participant p,
      CohortState cs,
      SessionKind kind,
      Modality modality,
      Duration length,
      Candidate slot,
      ClinicianState c,
      List<SupportPerson> support,
      ConflictIndex<SessionId> own,
      Set<String> reasons,
      List<Booked> done) {
    SupportPersonId companion = null;
    if (kind == SessionKind.FAMILY) {
      companion = companion(p.id(), support, slot.slot().start());
      if (companion == null) {
        reasons.add(ConsentRule.ID);
        return null;
      }
    }
    if (!authorized(c, slot.jurisdiction(), slot.startDate())
        || !authorized(c, slot.jurisdiction(), slot.endDate())) {
      reasons.add(LicensureRule.ID);
      return null;
    }
    String refusal = clinicianRefuses(c, slot.slot(), modality, p.id());
    if (refusal != null) {
      reasons.add(refusal);
      return null;
    }
    SessionId id = SessionId.generate(ids);
    done.add(book(c, id, slot.slot(), p.id()));
    own.put(id, slot.slot());
    Session s =
        new Session(
            id,
            cs.cohort.id(),
            kind,
            modality,
            kind == SessionKind.FAMILY ? "Family session" : "Individual therapy",
            slot.slot().start(),
            slot.zone(),
            length,
            List.of(c.clinician.id()),
            List.of(p.id()),
            companion == null ? List.of() : List.of(companion),
            SessionStatus.PLANNED,
            false);
    return new LedgerEntry(s, 1);
  }

  private @Nullable SupportPersonId companion(
      ParticipantId pid, List<SupportPerson> support, Instant at) {
    for (SupportPerson s : support) {
      if (ConsentRule.hasRelease(dir.consentsOf(pid), s.id(), at)) {
        return s.id();
      }
    }
    return null;
  }

  /** Pool clinicians licensed for the jurisdiction on the date, least loaded that week first. */
  private List<ClinicianState> ranked(PoolKey key) {
    List<ClinicianState> licensed =
        licensedPool.computeIfAbsent(
            key,
            k -> {
              List<ClinicianState> out = new ArrayList<>();
              for (ClinicianState c : pool) {
                if (authorized(c, k.jurisdiction(), k.date())) {
                  out.add(c);
                }
              }
              return out;
            });
    List<ClinicianState> out = new ArrayList<>(licensed);
    LocalDate monday = Rules.monday(key.date());
    out.sort(
        Comparator.comparingInt((ClinicianState c) -> c.weekLoad(monday) / 60)
            .thenComparingInt(c -> c.rank)
            .thenComparingInt(c -> c.index));
    return out;
  }

  /** A start time for a session, where the participant is then. */
  private record Candidate(
      TimeSlot slot,
      ZoneId zone,
      Jurisdiction jurisdiction,
      LocalDate startDate,
      LocalDate endDate) {}

  private List<Candidate> candidatesOn(
      Participant p,
      Referral r,
      LocalDate date,
      Duration length,
      LocalHours hours,
      ConflictIndex<SessionId> own,
      Set<String> reasons,
      boolean[] anyWindow) {
    if (date.isAfter(horizonEnd)) {
      return List.of();
    }
    List<Candidate> out = new ArrayList<>();
    LocationStay only = onlyStay(p);
    Optional<LocationStay> stay =
        only != null
            ? Optional.of(only)
            : Rules.stayAt(p, date.atTime(LocalTime.NOON).atZone(p.homeZone()).toInstant());
    if (stay.isEmpty()) {
      reasons.add(LicensureRule.ID);
      return out;
    }
    ZoneId zone = stay.get().zone();
    for (Availability.Window win : r.availability().windows()) {
      if (win.day() != date.getDayOfWeek()) {
        continue;
      }
      LocalTime from =
          win.start().isBefore(hours.earliestStart()) ? hours.earliestStart() : win.start();
      LocalTime to = win.end().isAfter(hours.latestEnd()) ? hours.latestEnd() : win.end();
      // On a day without a clock change, local times map to instants by adding minutes.
      Instant dayStart = date.atStartOfDay(zone).toInstant();
      boolean steady =
          zone.getRules()
              .getOffset(dayStart)
              .equals(zone.getRules().getOffset(date.plusDays(1).atStartOfDay(zone).toInstant()));
      for (LocalTime t = from;
          !t.plus(length).isAfter(to) && !t.plus(length).isBefore(t);
          t = t.plus(STEP)) {
        Instant startInstant;
        Instant endInstant;
        if (steady) {
          startInstant = dayStart.plusSeconds(t.toSecondOfDay());
          endInstant = startInstant.plus(length);
        } else {
          ZonedDateTime start = ZonedDateTime.of(date, t, zone);
          ZonedDateTime end = start.plus(length);
          if (!r.availability().admits(start, end)
              || start.toLocalTime().isBefore(hours.earliestStart())
              || end.toLocalTime().isAfter(hours.latestEnd())
              || !end.toLocalDate().equals(start.toLocalDate())) {
            continue;
          }
          startInstant = start.toInstant();
          endInstant = end.toInstant();
        }
        anyWindow[0] = true;
        if (only == null) {
          Optional<LocationStay> atStart = Rules.stayAt(p, startInstant);
          Optional<LocationStay> atEnd = Rules.stayAt(p, endInstant.minusMillis(1));
          if (atStart.isEmpty() || !atStart.equals(atEnd) || !atStart.equals(stay)) {
            continue;
          }
        }
        TimeSlot slot = new TimeSlot(startInstant, endInstant);
        if (own.anyOverlapping(slot)) {
          continue;
        }
        out.add(
            new Candidate(
                slot,
                zone,
                stay.get().jurisdiction(),
                date,
                endInstant.minusMillis(1).atZone(zone).toLocalDate()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------- result

  private Plan result() {
    List<LedgerEntry> calendar = new ArrayList<>(individual);
    List<Cohort> updated = new ArrayList<>();
    for (CohortState cs : cohorts) {
      for (int i = 0; i < cs.occurrences.size(); i++) {
        List<ParticipantId> roster = cs.rosters.get(i);
        if (roster.isEmpty()) {
          continue;
        }
        Session s = cs.occurrences.get(i);
        List<ParticipantId> sorted = roster.stream().sorted().toList();
        calendar.add(
            new LedgerEntry(
                new Session(
                    s.id(),
                    s.cohort(),
                    s.kind(),
                    s.modality(),
                    s.topic(),
                    s.start(),
                    s.zone(),
                    s.duration(),
                    s.facilitators(),
                    sorted,
                    List.of(),
                    s.status(),
                    s.recorded()),
                cs.capacity));
      }
      List<CohortMembership> members = new ArrayList<>(cs.cohort.memberships());
      members.addAll(cs.added);
      Cohort c = cs.cohort;
      updated.add(
          new Cohort(
              c.id(), c.program(), c.track(), c.zone(), c.facilitators(), c.capacity(), members));
    }
    calendar.sort(
        Comparator.comparing((LedgerEntry e) -> e.session().start())
            .thenComparing(LedgerEntry::sessionId));
    return new Plan(placements, unplaced, calendar, updated);
  }
}
