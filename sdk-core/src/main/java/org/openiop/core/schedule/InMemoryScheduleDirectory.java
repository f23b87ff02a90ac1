package org.openiop.core.schedule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.ParticipantId;
import org.openiop.core.ProgramId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.CompactRegistry;
import org.openiop.core.people.Participant;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.privacy.Consent;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.CohortMembership;
import org.openiop.core.program.Program;

/**
 * An immutable, thread-safe {@link ScheduleDirectory} held in hash maps.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class InMemoryScheduleDirectory implements ScheduleDirectory {
  private final Map<ParticipantId, Participant> participants;
  private final Map<ClinicianId, Clinician> clinicians;
  private final Map<SupportPersonId, SupportPerson> supportPersons;
  private final Map<CohortId, Cohort> cohorts;
  private final Map<ProgramId, Program> programs;
  private final Map<ParticipantId, List<Cohort>> cohortsByParticipant;
  private final Map<ParticipantId, List<Consent>> consents;
  private final Map<ParticipantId, List<Attendance>> attendance;
  private final Map<ParticipantId, LocalHours> localHours;
  private final Map<ParticipantId, List<SupportPerson>> supportByParticipant;
  private final CompactRegistry compacts;

  private InMemoryScheduleDirectory(Builder b) {
    participants = Map.copyOf(b.participants);
    clinicians = Map.copyOf(b.clinicians);
    supportPersons = Map.copyOf(b.supportPersons);
    cohorts = Map.copyOf(b.cohorts);
    programs = Map.copyOf(b.programs);
    consents = frozen(b.consents);
    attendance = frozen(b.attendance);
    localHours = Map.copyOf(b.localHours);
    compacts = b.compacts;
    Map<ParticipantId, List<Cohort>> byParticipant = new HashMap<>();
    for (Cohort c : b.cohorts.values()) {
      for (CohortMembership m : c.memberships()) {
        List<Cohort> list = byParticipant.computeIfAbsent(m.participant(), k -> new ArrayList<>());
        if (!list.contains(c)) {
          list.add(c);
        }
      }
    }
    cohortsByParticipant = frozen(byParticipant);
    Map<ParticipantId, List<SupportPerson>> support = new HashMap<>();
    for (SupportPerson s : b.supportPersons.values()) {
      support.computeIfAbsent(s.participant(), k -> new ArrayList<>()).add(s);
    }
    supportByParticipant = frozen(support);
  }

  private static <K, V> Map<K, List<V>> frozen(Map<K, List<V>> in) {
    Map<K, List<V>> out = new HashMap<>();
    in.forEach((k, v) -> out.put(k, List.copyOf(v)));
    return Map.copyOf(out);
  }

  static Builder builder() {
    return new Builder();
  }

  @Override
  public Optional<Participant> participant(ParticipantId id) {
    return Optional.ofNullable(participants.get(Objects.requireNonNull(id, "id == null")));
  }

  @Override
  public Optional<Clinician> clinician(ClinicianId id) {
    return Optional.ofNullable(clinicians.get(Objects.requireNonNull(id, "id == null")));
  }

  @Override
  public Optional<SupportPerson> supportPerson(SupportPersonId id) {
    return Optional.ofNullable(supportPersons.get(Objects.requireNonNull(id, "id == null")));
  }

  @Override
  public Optional<Cohort> cohort(CohortId id) {
    return Optional.ofNullable(cohorts.get(Objects.requireNonNull(id, "id == null")));
  }

  @Override
  public Optional<Program> program(ProgramId id) {
    return Optional.ofNullable(programs.get(Objects.requireNonNull(id, "id == null")));
  }

  @Override
  public List<Cohort> cohortsOf(ParticipantId id) {
    return cohortsByParticipant.getOrDefault(Objects.requireNonNull(id, "id == null"), List.of());
  }

  @Override
  public List<Consent> consentsOf(ParticipantId id) {
    return consents.getOrDefault(Objects.requireNonNull(id, "id == null"), List.of());
  }

  @Override
  public List<Attendance> attendanceOf(ParticipantId id) {
    return attendance.getOrDefault(Objects.requireNonNull(id, "id == null"), List.of());
  }

  @Override
  public LocalHours localHoursOf(ParticipantId id) {
    return localHours.getOrDefault(Objects.requireNonNull(id, "id == null"), LocalHours.DEFAULT);
  }

  @Override
  public CompactRegistry compacts() {
    return compacts;
  }

  @Override
  public List<SupportPerson> supportPersonsOf(ParticipantId id) {
    return supportByParticipant.getOrDefault(Objects.requireNonNull(id, "id == null"), List.of());
  }

  /**
   * A copy of this directory with {@code cohort} added or replaced (for example after the planner
   * added members).
   *
   * @param cohort the cohort; never {@code null}
   * @return the new directory
   */
  public InMemoryScheduleDirectory withCohort(Cohort cohort) {
    Objects.requireNonNull(cohort, "cohort == null");
    Builder b = toBuilder();
    b.cohorts.put(cohort.id(), cohort);
    return b.build();
  }

  /**
   * A builder holding everything in this directory.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.participants.putAll(participants);
    b.clinicians.putAll(clinicians);
    b.supportPersons.putAll(supportPersons);
    b.cohorts.putAll(cohorts);
    b.programs.putAll(programs);
    consents.forEach((k, v) -> b.consents.put(k, new ArrayList<>(v)));
    attendance.forEach((k, v) -> b.attendance.put(k, new ArrayList<>(v)));
    b.localHours.putAll(localHours);
    b.compacts = compacts;
    return b;
  }

  /** Collects the directory's contents; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Map<ParticipantId, Participant> participants = new HashMap<>();
    private final Map<ClinicianId, Clinician> clinicians = new HashMap<>();
    private final Map<SupportPersonId, SupportPerson> supportPersons = new HashMap<>();
    private final Map<CohortId, Cohort> cohorts = new HashMap<>();
    private final Map<ProgramId, Program> programs = new HashMap<>();
    private final Map<ParticipantId, List<Consent>> consents = new HashMap<>();
    private final Map<ParticipantId, List<Attendance>> attendance = new HashMap<>();
    private final Map<ParticipantId, LocalHours> localHours = new HashMap<>();
    private CompactRegistry compacts = CompactRegistry.standard();

    private Builder() {}

    /**
     * Adds participants.
     *
     * @param all the participants; never {@code null}
     * @return this builder
     */
    public Builder participants(Collection<Participant> all) {
      all.forEach(p -> participants.put(p.id(), p));
      return this;
    }

    /**
     * Adds clinicians.
     *
     * @param all the clinicians; never {@code null}
     * @return this builder
     */
    public Builder clinicians(Collection<Clinician> all) {
      all.forEach(c -> clinicians.put(c.id(), c));
      return this;
    }

    /**
     * Adds support persons.
     *
     * @param all the support persons; never {@code null}
     * @return this builder
     */
    public Builder supportPersons(Collection<SupportPerson> all) {
      all.forEach(s -> supportPersons.put(s.id(), s));
      return this;
    }

    /**
     * Adds cohorts.
     *
     * @param all the cohorts; never {@code null}
     * @return this builder
     */
    public Builder cohorts(Collection<Cohort> all) {
      all.forEach(c -> cohorts.put(c.id(), c));
      return this;
    }

    /**
     * Adds programs.
     *
     * @param all the programs; never {@code null}
     * @return this builder
     */
    public Builder programs(Collection<Program> all) {
      all.forEach(p -> programs.put(p.id(), p));
      return this;
    }

    /**
     * Adds participants' consents (staff consents are ignored).
     *
     * @param all the consents; never {@code null}
     * @return this builder
     */
    public Builder consents(Collection<Consent> all) {
      for (Consent c : all) {
        if (c.participant() != null) {
          consents.computeIfAbsent(c.participant(), k -> new ArrayList<>()).add(c);
        }
      }
      return this;
    }

    /**
     * Adds participants' attendance records (support persons' are ignored).
     *
     * @param all the records; never {@code null}
     * @return this builder
     */
    public Builder attendance(Collection<Attendance> all) {
      for (Attendance a : all) {
        if (a.participant() != null) {
          attendance.computeIfAbsent(a.participant(), k -> new ArrayList<>()).add(a);
        }
      }
      return this;
    }

    /**
     * Sets a participant's session hours (default {@link LocalHours#DEFAULT}).
     *
     * @param participant the participant; never {@code null}
     * @param hours the hours; never {@code null}
     * @return this builder
     */
    public Builder localHours(ParticipantId participant, LocalHours hours) {
      localHours.put(
          Objects.requireNonNull(participant, "participant == null"),
          Objects.requireNonNull(hours, "hours == null"));
      return this;
    }

    /**
     * Sets the compact registry (default {@link CompactRegistry#standard()}).
     *
     * @param compacts the registry; never {@code null}
     * @return this builder
     */
    public Builder compacts(CompactRegistry compacts) {
      this.compacts = Objects.requireNonNull(compacts, "compacts == null");
      return this;
    }

    /**
     * Builds the directory.
     *
     * @return an immutable directory
     */
    public InMemoryScheduleDirectory build() {
      return new InMemoryScheduleDirectory(this);
    }
  }
}
