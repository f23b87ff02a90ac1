package org.openiop.core.people;

import jakarta.validation.Valid;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.Jurisdiction;
import org.openiop.core.Validation;
import org.openiop.core.internal.Copies;
import org.openiop.core.program.Modality;

/**
 * A member of staff who delivers care: credential, licences, compact privileges, qualifications,
 * working hours and limits. {@code toString} shows the id and credential only.
 *
 * <p>{@link #authorityIn(Jurisdiction, LocalDate)} answers the licensure question every booking
 * asks: may this clinician treat someone who is located in a jurisdiction on a day, and on what
 * basis?
 *
 * @param id the clinician's id; never {@code null}
 * @param name the clinician's name; never {@code null}
 * @param credential the professional credential; never {@code null}
 * @param licenses licences held, in any status; never {@code null}
 * @param compactPrivileges compact privileges held; never {@code null}
 * @param qualifications modalities the clinician is trained to deliver; never {@code null}
 * @param zone the clinician's own time zone, in which working hours are given; never {@code null}
 * @param workingHours weekly working windows and time off; never {@code null}
 * @param limits booking limits; never {@code null}
 * @param contact how to reach the clinician; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Clinician(
    ClinicianId id,
    @Valid PersonName name,
    Credential credential,
    List<@Valid License> licenses,
    List<@Valid CompactPrivilege> compactPrivileges,
    Set<Modality> qualifications,
    ZoneId zone,
    @Valid WorkingHours workingHours,
    @Valid ClinicianLimits limits,
    @Valid ContactInfo contact) {

  /** Checks presence and copies collections. */
  public Clinician {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(credential, "credential == null");
    licenses = Copies.list(licenses);
    compactPrivileges = Copies.list(compactPrivileges);
    qualifications = Copies.enums(qualifications, Modality.class);
    Objects.requireNonNull(zone, "zone == null");
    Objects.requireNonNull(workingHours, "workingHours == null");
    Objects.requireNonNull(limits, "limits == null");
    Objects.requireNonNull(contact, "contact == null");
  }

  /**
   * Whether, and on what basis, this clinician may treat someone located in {@code jurisdiction} on
   * {@code date}, using the bundled {@link CompactRegistry#standard()}.
   *
   * @param jurisdiction where the person treated is physically located; never {@code null}
   * @param date the day of the session, in the participant's location; never {@code null}
   * @return the authority relied on, or empty if the clinician may not practise there
   */
  public Optional<PracticeAuthority> authorityIn(Jurisdiction jurisdiction, LocalDate date) {
    return authorityIn(jurisdiction, date, CompactRegistry.standard());
  }

  /**
   * Whether, and on what basis, this clinician may treat someone located in {@code jurisdiction} on
   * {@code date}.
   *
   * <p>A licence issued by the jurisdiction and valid that day wins. Otherwise a compact privilege
   * counts when it is valid that day, its compact is in {@code compacts}, covers this clinician's
   * credential and has both the home jurisdiction and {@code jurisdiction} as members, the
   * clinician holds a licence in the home jurisdiction valid that day, and (for per-jurisdiction
   * compacts) the privilege names {@code jurisdiction}.
   *
   * @param jurisdiction where the person treated is physically located; never {@code null}
   * @param date the day of the session, in the participant's location; never {@code null}
   * @param compacts the compacts and their members; never {@code null}
   * @return the authority relied on, or empty if the clinician may not practise there
   */
  public Optional<PracticeAuthority> authorityIn(
      Jurisdiction jurisdiction, LocalDate date, CompactRegistry compacts) {
    Objects.requireNonNull(jurisdiction, "jurisdiction == null");
    Objects.requireNonNull(date, "date == null");
    Objects.requireNonNull(compacts, "compacts == null");
    for (License license : licenses) {
      if (license.jurisdiction().equals(jurisdiction) && license.isValidOn(date)) {
        return Optional.of(
            new PracticeAuthority(
                PracticeAuthority.Basis.LICENSE,
                jurisdiction,
                jurisdiction,
                license.number(),
                null));
      }
    }
    for (CompactPrivilege privilege : compactPrivileges) {
      if (!privilege.isValidOn(date)) {
        continue;
      }
      Optional<Compact> compact = compacts.find(privilege.compact());
      if (compact.isEmpty()) {
        continue;
      }
      Compact c = compact.get();
      boolean reaches =
          c.scope() == PrivilegeScope.ALL_MEMBERS
              || jurisdiction.equals(privilege.remoteJurisdiction());
      if (reaches
          && c.credentials().contains(credential)
          && c.hasMember(jurisdiction)
          && c.hasMember(privilege.homeJurisdiction())
          && holdsValidLicenseIn(privilege.homeJurisdiction(), date)) {
        return Optional.of(
            new PracticeAuthority(
                PracticeAuthority.Basis.COMPACT_PRIVILEGE,
                jurisdiction,
                privilege.homeJurisdiction(),
                privilege.number(),
                c.code()));
      }
    }
    return Optional.empty();
  }

  private boolean holdsValidLicenseIn(Jurisdiction home, LocalDate date) {
    for (License license : licenses) {
      if (license.jurisdiction().equals(home) && license.isValidOn(date)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the clinician is trained in a modality.
   *
   * @param modality the modality; never {@code null}
   * @return true if qualified
   */
  public boolean isQualifiedIn(Modality modality) {
    Objects.requireNonNull(modality, "modality == null");
    return qualifications.contains(modality);
  }

  /**
   * A builder pre-filled with this clinician's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.name = name;
    b.credential = credential;
    b.licenses = licenses;
    b.compactPrivileges = compactPrivileges;
    b.qualifications = qualifications;
    b.zone = zone;
    b.workingHours = workingHours;
    b.limits = limits;
    b.contact = contact;
    return b;
  }

  /**
   * A new, empty builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Clinician[id=" + id + ", credential=" + credential + "]";
  }

  /** Builds a validated {@link Clinician}; not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable ClinicianId id;
    private @Nullable PersonName name;
    private @Nullable Credential credential;
    private List<License> licenses = List.of();
    private List<CompactPrivilege> compactPrivileges = List.of();
    private Set<Modality> qualifications = Set.of();
    private @Nullable ZoneId zone;
    private WorkingHours workingHours = WorkingHours.NONE;
    private ClinicianLimits limits = ClinicianLimits.DEFAULT;
    private ContactInfo contact = ContactInfo.NONE;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id never {@code null}
     * @return this
     */
    public Builder id(ClinicianId id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /**
     * Sets the name.
     *
     * @param name never {@code null}
     * @return this
     */
    public Builder name(PersonName name) {
      this.name = Objects.requireNonNull(name, "name == null");
      return this;
    }

    /**
     * Sets the credential.
     *
     * @param credential never {@code null}
     * @return this
     */
    public Builder credential(Credential credential) {
      this.credential = Objects.requireNonNull(credential, "credential == null");
      return this;
    }

    /**
     * Sets the licences (default: none).
     *
     * @param licenses never {@code null}
     * @return this
     */
    public Builder licenses(List<License> licenses) {
      this.licenses = Objects.requireNonNull(licenses, "licenses == null");
      return this;
    }

    /**
     * Sets the compact privileges (default: none).
     *
     * @param compactPrivileges never {@code null}
     * @return this
     */
    public Builder compactPrivileges(List<CompactPrivilege> compactPrivileges) {
      this.compactPrivileges =
          Objects.requireNonNull(compactPrivileges, "compactPrivileges == null");
      return this;
    }

    /**
     * Sets the modality qualifications (default: none).
     *
     * @param qualifications never {@code null}
     * @return this
     */
    public Builder qualifications(Set<Modality> qualifications) {
      this.qualifications = Objects.requireNonNull(qualifications, "qualifications == null");
      return this;
    }

    /**
     * Sets the clinician's zone.
     *
     * @param zone never {@code null}
     * @return this
     */
    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone == null");
      return this;
    }

    /**
     * Sets the working hours (default: none).
     *
     * @param workingHours never {@code null}
     * @return this
     */
    public Builder workingHours(WorkingHours workingHours) {
      this.workingHours = Objects.requireNonNull(workingHours, "workingHours == null");
      return this;
    }

    /**
     * Sets the limits (default {@link ClinicianLimits#DEFAULT}).
     *
     * @param limits never {@code null}
     * @return this
     */
    public Builder limits(ClinicianLimits limits) {
      this.limits = Objects.requireNonNull(limits, "limits == null");
      return this;
    }

    /**
     * Sets the contact info (default: none).
     *
     * @param contact never {@code null}
     * @return this
     */
    public Builder contact(ContactInfo contact) {
      this.contact = Objects.requireNonNull(contact, "contact == null");
      return this;
    }

    /**
     * Builds and validates the clinician.
     *
     * @return the clinician
     * @throws org.openiop.core.InvalidInputException listing every broken rule under {@code
     *     clinician}
     * @throws NullPointerException if a required part was never set
     */
    public Clinician build() {
      return Validation.check(
          new Clinician(
              Objects.requireNonNull(id, "id == null"),
              Objects.requireNonNull(name, "name == null"),
              Objects.requireNonNull(credential, "credential == null"),
              licenses,
              compactPrivileges,
              qualifications,
              Objects.requireNonNull(zone, "zone == null"),
              workingHours,
              limits,
              contact),
          "clinician");
    }
  }
}
