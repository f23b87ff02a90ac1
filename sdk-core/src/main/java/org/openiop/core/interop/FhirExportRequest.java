package org.openiop.core.interop;

import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.Participant;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.privacy.Consent;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.Enrollment;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;

/**
 * Everything one FHIR export covers: a program's people, cohorts, sessions, attendance,
 * enrollments, scores, plans and consents. Build with {@link #builder(Program)}.
 *
 * @param program the program; never {@code null}
 * @param participants participants; never {@code null}
 * @param supportPersons support persons; never {@code null}
 * @param clinicians clinicians; never {@code null}
 * @param cohorts cohorts; never {@code null}
 * @param sessions sessions; never {@code null}
 * @param attendances attendance records; never {@code null}
 * @param enrollments enrollments; never {@code null}
 * @param measures scored administrations; never {@code null}
 * @param carePlans plans; never {@code null}
 * @param consents consents (participants' only are exported); never {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FhirExportRequest(
    Program program,
    List<Participant> participants,
    List<SupportPerson> supportPersons,
    List<Clinician> clinicians,
    List<Cohort> cohorts,
    List<Session> sessions,
    List<Attendance> attendances,
    List<Enrollment> enrollments,
    List<MeasureAdministration> measures,
    List<CarePlanSummary> carePlans,
    List<Consent> consents) {

  /** Checks presence and copies the lists. */
  public FhirExportRequest {
    Objects.requireNonNull(program, "program == null");
    participants = List.copyOf(participants);
    supportPersons = List.copyOf(supportPersons);
    clinicians = List.copyOf(clinicians);
    cohorts = List.copyOf(cohorts);
    sessions = List.copyOf(sessions);
    attendances = List.copyOf(attendances);
    enrollments = List.copyOf(enrollments);
    measures = List.copyOf(measures);
    carePlans = List.copyOf(carePlans);
    consents = List.copyOf(consents);
  }

  @Override
  public String toString() {
    return "FhirExportRequest[program="
        + program.id()
        + ", participants="
        + participants.size()
        + ", sessions="
        + sessions.size()
        + "]";
  }

  /**
   * A builder with every list empty.
   *
   * @param program the program; never {@code null}
   * @return a builder
   */
  public static Builder builder(Program program) {
    return new Builder(program);
  }

  /** Builds a {@link FhirExportRequest}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Program program;
    private List<Participant> participants = List.of();
    private List<SupportPerson> supportPersons = List.of();
    private List<Clinician> clinicians = List.of();
    private List<Cohort> cohorts = List.of();
    private List<Session> sessions = List.of();
    private List<Attendance> attendances = List.of();
    private List<Enrollment> enrollments = List.of();
    private List<MeasureAdministration> measures = List.of();
    private List<CarePlanSummary> carePlans = List.of();
    private List<Consent> consents = List.of();

    private Builder(Program program) {
      this.program = Objects.requireNonNull(program, "program == null");
    }

    /**
     * Sets the participants.
     *
     * @param v never {@code null}
     * @return this
     */
    public Builder participants(List<Participant> v) {
      participants = Objects.requireNonNull(v, "participants == null");
      return this;
    }

    /**
     * Sets the support persons.
     *
     * @param v never {@code null}
     * @return this
     */
    public Builder supportPersons(List<SupportPerson> v) {
      supportPersons = Objects.requireNonNull(v, "supportPersons == null");
      return this;
    }

    /**
     * Sets the clinicians.
     *
     * @param v never {@code null}
     * @return this
     */
    public Builder clinicians(List<Clinician> v) {
      clinicians = Objects.requireNonNull(v, "clinicians == null");
      return this;
    }

    /**
     * Sets the cohorts.
     *
     * @param v never {@code null}
     * @return this
     */
    public Builder cohorts(List<Cohort> v) {
      cohorts = Objects.requireNonNull(v, "cohorts == null");
      return this;
    }

    /**
     * Sets the sessions.
     *
     * @param v never {@code null}
     * @return this
     */
    public Builder sessions(List<Session> v) {
      sessions = Objects.requireNonNull(v, "sessions == null");
      return this;
    }

    /**
     * Sets the attendance records.
     *
     * @param v never {@code null}
     * @return this
     */
    public Builder attendances(List<Attendance> v) {
      attendances = Objects.requireNonNull(v, "attendances == null");
      return this;
    }

    /**
     * Sets the enrollments.
     *
     * @param v never {@code null}
     * @return this
     */
    public Builder enrollments(List<Enrollment> v) {
      enrollments = Objects.requireNonNull(v, "enrollments == null");
      return this;
    }

    /**
     * Sets the scored administrations.
     *
     * @param v never {@code null}
     * @return this
     */
    public Builder measures(List<MeasureAdministration> v) {
      measures = Objects.requireNonNull(v, "measures == null");
      return this;
    }

    /**
     * Sets the plans.
     *
     * @param v never {@code null}
     * @return this
     */
    public Builder carePlans(List<CarePlanSummary> v) {
      carePlans = Objects.requireNonNull(v, "carePlans == null");
      return this;
    }

    /**
     * Sets the consents.
     *
     * @param v never {@code null}
     * @return this
     */
    public Builder consents(List<Consent> v) {
      consents = Objects.requireNonNull(v, "consents == null");
      return this;
    }

    /**
     * Builds the request.
     *
     * @return the request
     */
    public FhirExportRequest build() {
      return new FhirExportRequest(
          program,
          participants,
          supportPersons,
          clinicians,
          cohorts,
          sessions,
          attendances,
          enrollments,
          measures,
          carePlans,
          consents);
    }
  }
}
