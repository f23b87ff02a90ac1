package org.openiop.core.schedule;

import java.util.List;
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
import org.openiop.core.program.Program;

/**
 * The facts about people, programs and consents that scheduling rules look up by id.
 *
 * <p>Implementations must be safe for concurrent use and answer from memory or a cache (rules call
 * them on every check). A missing person makes the rules that need them report a violation rather
 * than throw. {@link #builder()} makes an immutable in-memory directory.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ScheduleDirectory {

  /**
   * A participant.
   *
   * @param id the id; never {@code null}
   * @return the participant, or empty
   */
  Optional<Participant> participant(ParticipantId id);

  /**
   * A clinician.
   *
   * @param id the id; never {@code null}
   * @return the clinician, or empty
   */
  Optional<Clinician> clinician(ClinicianId id);

  /**
   * A support person.
   *
   * @param id the id; never {@code null}
   * @return the support person, or empty
   */
  Optional<SupportPerson> supportPerson(SupportPersonId id);

  /**
   * A cohort.
   *
   * @param id the id; never {@code null}
   * @return the cohort, or empty
   */
  Optional<Cohort> cohort(CohortId id);

  /**
   * A program.
   *
   * @param id the id; never {@code null}
   * @return the program, or empty
   */
  Optional<Program> program(ProgramId id);

  /**
   * The cohorts the participant has ever been a member of.
   *
   * @param id the participant; never {@code null}
   * @return the cohorts, possibly empty
   */
  List<Cohort> cohortsOf(ParticipantId id);

  /**
   * Every consent (all versions, revoked ones too) the participant signed.
   *
   * @param id the participant; never {@code null}
   * @return the consents, possibly empty
   */
  List<Consent> consentsOf(ParticipantId id);

  /**
   * The participant's attendance records.
   *
   * @param id the participant; never {@code null}
   * @return the records, possibly empty
   */
  List<Attendance> attendanceOf(ParticipantId id);

  /**
   * The support persons linked to a participant.
   *
   * @param id the participant; never {@code null}
   * @return the support persons, possibly empty
   */
  List<SupportPerson> supportPersonsOf(ParticipantId id);

  /**
   * The participant's hours for sessions, in their own zone; {@link LocalHours#DEFAULT} unless the
   * host configured otherwise.
   *
   * @param id the participant; never {@code null}
   * @return the hours
   */
  LocalHours localHoursOf(ParticipantId id);

  /**
   * The interstate compacts that licensure checks consult.
   *
   * @return the registry
   */
  CompactRegistry compacts();

  /**
   * Starts an immutable in-memory directory.
   *
   * @return a builder
   */
  static InMemoryScheduleDirectory.Builder builder() {
    return InMemoryScheduleDirectory.builder();
  }
}
