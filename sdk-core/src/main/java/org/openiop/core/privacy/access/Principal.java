package org.openiop.core.privacy.access;

import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.AdminId;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.TypedId;

/**
 * Who is asking: an authenticated user in one role. The host authenticates; the SDK decides.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Principal
    permits Principal.ParticipantUser,
        Principal.SupportPersonUser,
        Principal.ClinicianUser,
        Principal.AdminUser,
        Principal.AuditorUser {

  /**
   * The user's unique id (HIPAA 164.312(a)(2)(i)).
   *
   * @return never {@code null}
   */
  TypedId id();

  /**
   * The role.
   *
   * @return never {@code null}
   */
  Role role();

  /**
   * A participant.
   *
   * @param id the participant's id
   * @return the principal
   */
  static ParticipantUser participant(ParticipantId id) {
    return new ParticipantUser(id);
  }

  /**
   * A support person.
   *
   * @param id the support person's id
   * @return the principal
   */
  static SupportPersonUser supportPerson(SupportPersonId id) {
    return new SupportPersonUser(id);
  }

  /**
   * A clinician.
   *
   * @param id the clinician's id
   * @return the principal
   */
  static ClinicianUser clinician(ClinicianId id) {
    return new ClinicianUser(id);
  }

  /**
   * A program administrator.
   *
   * @param id the admin's id
   * @return the principal
   */
  static AdminUser admin(AdminId id) {
    return new AdminUser(id);
  }

  /**
   * An auditor (a staff account with the auditor role).
   *
   * @param id the auditor's id
   * @return the principal
   */
  static AuditorUser auditor(AdminId id) {
    return new AuditorUser(id);
  }

  /**
   * A participant acting for themself.
   *
   * @param id never {@code null}
   */
  @API(status = API.Status.STABLE, since = "0.1")
  record ParticipantUser(ParticipantId id) implements Principal {
    /** Checks presence. */
    public ParticipantUser {
      Objects.requireNonNull(id, "id == null");
    }

    @Override
    public Role role() {
      return Role.PARTICIPANT;
    }
  }

  /**
   * A support person.
   *
   * @param id never {@code null}
   */
  @API(status = API.Status.STABLE, since = "0.1")
  record SupportPersonUser(SupportPersonId id) implements Principal {
    /** Checks presence. */
    public SupportPersonUser {
      Objects.requireNonNull(id, "id == null");
    }

    @Override
    public Role role() {
      return Role.SUPPORT_PERSON;
    }
  }

  /**
   * A clinician.
   *
   * @param id never {@code null}
   */
  @API(status = API.Status.STABLE, since = "0.1")
  record ClinicianUser(ClinicianId id) implements Principal {
    /** Checks presence. */
    public ClinicianUser {
      Objects.requireNonNull(id, "id == null");
    }

    @Override
    public Role role() {
      return Role.CLINICIAN;
    }
  }

  /**
   * A program administrator.
   *
   * @param id never {@code null}
   */
  @API(status = API.Status.STABLE, since = "0.1")
  record AdminUser(AdminId id) implements Principal {
    /** Checks presence. */
    public AdminUser {
      Objects.requireNonNull(id, "id == null");
    }

    @Override
    public Role role() {
      return Role.PROGRAM_ADMIN;
    }
  }

  /**
   * An auditor.
   *
   * @param id never {@code null}
   */
  @API(status = API.Status.STABLE, since = "0.1")
  record AuditorUser(AdminId id) implements Principal {
    /** Checks presence. */
    public AuditorUser {
      Objects.requireNonNull(id, "id == null");
    }

    @Override
    public Role role() {
      return Role.AUDITOR;
    }
  }
}
