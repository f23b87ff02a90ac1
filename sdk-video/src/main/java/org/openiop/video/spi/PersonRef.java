package org.openiop.video.spi;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.openiop.core.AdminId;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.TypedId;

/**
 * Who is in a room: the kind of person and their OpenIOP id, never a name.
 *
 * <p>Platforms see {@link #identity()}, a string such as {@code participant/par_1}, so a join or
 * leave event maps back to a person without any PHI leaving the host application.
 *
 * @param kind what sort of person; never {@code null}
 * @param id the person's id of that kind; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PersonRef(Kind kind, TypedId id) {

  /** The sorts of person that take part in sessions. */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Kind {
    /** A person receiving care; the id is a {@link ParticipantId}. */
    PARTICIPANT("participant"),
    /** A clinician; the id is a {@link ClinicianId}. */
    CLINICIAN("clinician"),
    /** A family member or other support person; the id is a {@link SupportPersonId}. */
    SUPPORT_PERSON("support"),
    /** A program administrator or supervisor; the id is an {@link AdminId}. */
    ADMIN("admin");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /**
     * The prefix used in {@link PersonRef#identity()}.
     *
     * @return a lower-case word
     */
    public String code() {
      return code;
    }
  }

  /** Checks that the id's type matches the kind. */
  public PersonRef {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(id, "id == null");
    boolean matches =
        switch (kind) {
          case PARTICIPANT -> id instanceof ParticipantId;
          case CLINICIAN -> id instanceof ClinicianId;
          case SUPPORT_PERSON -> id instanceof SupportPersonId;
          case ADMIN -> id instanceof AdminId;
        };
    if (!matches) {
      throw InvalidInputException.of("person.id", "id type does not match kind " + kind);
    }
  }

  /**
   * A participant.
   *
   * @param id never {@code null}
   * @return the reference
   */
  public static PersonRef of(ParticipantId id) {
    return new PersonRef(Kind.PARTICIPANT, id);
  }

  /**
   * A clinician.
   *
   * @param id never {@code null}
   * @return the reference
   */
  public static PersonRef of(ClinicianId id) {
    return new PersonRef(Kind.CLINICIAN, id);
  }

  /**
   * A support person.
   *
   * @param id never {@code null}
   * @return the reference
   */
  public static PersonRef of(SupportPersonId id) {
    return new PersonRef(Kind.SUPPORT_PERSON, id);
  }

  /**
   * An administrator.
   *
   * @param id never {@code null}
   * @return the reference
   */
  public static PersonRef of(AdminId id) {
    return new PersonRef(Kind.ADMIN, id);
  }

  /**
   * The string platforms see: {@code <kind code>/<id>}.
   *
   * @return never {@code null}
   */
  public String identity() {
    return kind.code() + "/" + id.value();
  }

  /**
   * Parses an {@link #identity()} string back.
   *
   * @param identity the string a platform reported; may be {@code null}
   * @return the person, or empty when the string is not an OpenIOP identity
   */
  public static Optional<PersonRef> parseIdentity(String identity) {
    if (identity == null) {
      return Optional.empty();
    }
    int slash = identity.indexOf('/');
    if (slash <= 0) {
      return Optional.empty();
    }
    String code = identity.substring(0, slash);
    String value = identity.substring(slash + 1);
    for (Kind kind : Kind.values()) {
      if (kind.code().equals(code)) {
        Optional<? extends TypedId> id =
            switch (kind) {
              case PARTICIPANT -> ParticipantId.tryParse(value);
              case CLINICIAN -> ClinicianId.tryParse(value);
              case SUPPORT_PERSON -> SupportPersonId.tryParse(value);
              case ADMIN -> AdminId.tryParse(value);
            };
        return id.map(typed -> new PersonRef(kind, typed));
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return identity();
  }
}
