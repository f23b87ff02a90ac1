package org.openiop.core.people;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.Validation;
import org.openiop.core.internal.Copies;

/**
 * A person receiving care in a program. PHI: {@code toString} shows the id only.
 *
 * <p>The canonical constructor checks structure (required parts present, collections copied); the
 * content rules are Jakarta Validation annotations that {@link Builder#build()}, JSON reading and
 * stores check through {@link Validation#check(Object, String)}:
 *
 * <pre>{@code
 * Participant p = Participant.builder()
 *     .id(ParticipantId.of("par_1"))
 *     .legalName(new PersonName("Alex", "Rivera"))
 *     .dateOfBirth(LocalDate.of(1990, 4, 2))
 *     .ageGroup(AgeGroup.ADULT)
 *     .contact(ContactInfo.email("alex@example.org"))
 *     .homeZone(ZoneId.of("America/Los_Angeles"))
 *     .locations(LocationHistory.since(Jurisdiction.of("US-CA"), ZoneId.of("America/Los_Angeles"),
 *         LocalDate.of(2026, 1, 1)))
 *     .build();
 * }</pre>
 *
 * @param id the participant's id; never {@code null}
 * @param legalName the legal name; never {@code null}
 * @param preferredName the name they go by, or {@code null} if the same as the legal name
 * @param dateOfBirth date of birth, in the past; never {@code null}
 * @param ageGroup adult or adolescent; never {@code null}
 * @param contact how to reach them; never {@code null}
 * @param homeZone the home time zone; never {@code null}
 * @param locations where they are and have been; never {@code null}
 * @param preferredLanguage a BCP 47 language tag such as {@code en} or {@code es-MX}
 * @param accessibilityNeeds accommodations needed; never {@code null}, may be empty
 * @param emergencyContact whom to call in an emergency, or {@code null}
 * @param diagnosisCodes ICD-10-CM codes from chapter 5 (F01-F99), e.g. {@code F33.1}; never {@code
 *     null}, may be empty
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Participant(
    ParticipantId id,
    @Valid PersonName legalName,
    @Nullable @Valid PersonName preferredName,
    @Past(message = "must be in the past") LocalDate dateOfBirth,
    AgeGroup ageGroup,
    @Valid ContactInfo contact,
    ZoneId homeZone,
    @Valid LocationHistory locations,
    @Pattern(
            regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
            message = "must be a BCP 47 language tag such as en or es-MX")
        String preferredLanguage,
    Set<AccessibilityNeed> accessibilityNeeds,
    @Nullable @Valid EmergencyContact emergencyContact,
    @Size(max = 20)
        List<
                @Pattern(
                    regexp = "F[0-9]{2}(\\.[0-9A-Z]{1,4})?",
                    message = "must be an ICD-10-CM F-code such as F33.1")
                String>
            diagnosisCodes) {

  /** Checks presence and copies collections; content rules are checked by {@link Validation}. */
  public Participant {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(legalName, "legalName == null");
    Objects.requireNonNull(dateOfBirth, "dateOfBirth == null");
    Objects.requireNonNull(ageGroup, "ageGroup == null");
    Objects.requireNonNull(contact, "contact == null");
    Objects.requireNonNull(homeZone, "homeZone == null");
    Objects.requireNonNull(locations, "locations == null");
    Objects.requireNonNull(preferredLanguage, "preferredLanguage == null");
    accessibilityNeeds = Copies.enums(accessibilityNeeds, AccessibilityNeed.class);
    diagnosisCodes = Copies.list(diagnosisCodes);
  }

  /**
   * The name to address the participant by: the preferred name if given, else the legal name.
   *
   * @return never {@code null}
   */
  public PersonName displayName() {
    return preferredName != null ? preferredName : legalName;
  }

  /**
   * Where the participant is on a calendar day.
   *
   * @param date the day; never {@code null}
   * @return the jurisdiction, or empty if unknown
   */
  public Optional<Jurisdiction> jurisdictionOn(LocalDate date) {
    return locations.jurisdictionOn(date);
  }

  /**
   * Where the participant is at an instant (e.g. when a session starts).
   *
   * @param instant the moment; never {@code null}
   * @return the jurisdiction, or empty if unknown
   */
  public Optional<Jurisdiction> jurisdictionAt(Instant instant) {
    return locations.jurisdictionAt(instant);
  }

  /**
   * A builder pre-filled with this participant's values.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.legalName = legalName;
    b.preferredName = preferredName;
    b.dateOfBirth = dateOfBirth;
    b.ageGroup = ageGroup;
    b.contact = contact;
    b.homeZone = homeZone;
    b.locations = locations;
    b.preferredLanguage = preferredLanguage;
    b.accessibilityNeeds = accessibilityNeeds;
    b.emergencyContact = emergencyContact;
    b.diagnosisCodes = diagnosisCodes;
    return b;
  }

  /**
   * A new, empty builder (preferred language {@code en}).
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String toString() {
    return "Participant[id=" + id + ", redacted]";
  }

  /** Builds a validated {@link Participant}; not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable ParticipantId id;
    private @Nullable PersonName legalName;
    private @Nullable PersonName preferredName;
    private @Nullable LocalDate dateOfBirth;
    private @Nullable AgeGroup ageGroup;
    private ContactInfo contact = ContactInfo.NONE;
    private @Nullable ZoneId homeZone;
    private LocationHistory locations = new LocationHistory(List.of());
    private String preferredLanguage = "en";
    private Set<AccessibilityNeed> accessibilityNeeds = Set.of();
    private @Nullable EmergencyContact emergencyContact;
    private List<String> diagnosisCodes = List.of();

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id never {@code null}
     * @return this
     */
    public Builder id(ParticipantId id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /**
     * Sets the legal name.
     *
     * @param legalName never {@code null}
     * @return this
     */
    public Builder legalName(PersonName legalName) {
      this.legalName = Objects.requireNonNull(legalName, "legalName == null");
      return this;
    }

    /**
     * Sets the preferred name.
     *
     * @param preferredName may be {@code null}
     * @return this
     */
    public Builder preferredName(@Nullable PersonName preferredName) {
      this.preferredName = preferredName;
      return this;
    }

    /**
     * Sets the date of birth.
     *
     * @param dateOfBirth never {@code null}
     * @return this
     */
    public Builder dateOfBirth(LocalDate dateOfBirth) {
      this.dateOfBirth = Objects.requireNonNull(dateOfBirth, "dateOfBirth == null");
      return this;
    }

    /**
     * Sets the age group.
     *
     * @param ageGroup never {@code null}
     * @return this
     */
    public Builder ageGroup(AgeGroup ageGroup) {
      this.ageGroup = Objects.requireNonNull(ageGroup, "ageGroup == null");
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
     * Sets the home time zone.
     *
     * @param homeZone never {@code null}
     * @return this
     */
    public Builder homeZone(ZoneId homeZone) {
      this.homeZone = Objects.requireNonNull(homeZone, "homeZone == null");
      return this;
    }

    /**
     * Sets the location history (default: empty, i.e. location unknown).
     *
     * @param locations never {@code null}
     * @return this
     */
    public Builder locations(LocationHistory locations) {
      this.locations = Objects.requireNonNull(locations, "locations == null");
      return this;
    }

    /**
     * Sets the preferred language (default {@code en}).
     *
     * @param preferredLanguage a BCP 47 tag; never {@code null}
     * @return this
     */
    public Builder preferredLanguage(String preferredLanguage) {
      this.preferredLanguage =
          Objects.requireNonNull(preferredLanguage, "preferredLanguage == null");
      return this;
    }

    /**
     * Sets the accessibility needs (default: none).
     *
     * @param accessibilityNeeds never {@code null}
     * @return this
     */
    public Builder accessibilityNeeds(Set<AccessibilityNeed> accessibilityNeeds) {
      this.accessibilityNeeds =
          Objects.requireNonNull(accessibilityNeeds, "accessibilityNeeds == null");
      return this;
    }

    /**
     * Sets the emergency contact.
     *
     * @param emergencyContact may be {@code null}
     * @return this
     */
    public Builder emergencyContact(@Nullable EmergencyContact emergencyContact) {
      this.emergencyContact = emergencyContact;
      return this;
    }

    /**
     * Sets the diagnosis codes (default: none).
     *
     * @param diagnosisCodes ICD-10-CM F-codes; never {@code null}
     * @return this
     */
    public Builder diagnosisCodes(List<String> diagnosisCodes) {
      this.diagnosisCodes = Objects.requireNonNull(diagnosisCodes, "diagnosisCodes == null");
      return this;
    }

    /**
     * Builds and validates the participant.
     *
     * @return the participant
     * @throws org.openiop.core.InvalidInputException listing every broken rule under {@code
     *     participant}
     * @throws NullPointerException if a required part was never set
     */
    public Participant build() {
      return Validation.check(
          new Participant(
              Objects.requireNonNull(id, "id == null"),
              Objects.requireNonNull(legalName, "legalName == null"),
              preferredName,
              Objects.requireNonNull(dateOfBirth, "dateOfBirth == null"),
              Objects.requireNonNull(ageGroup, "ageGroup == null"),
              contact,
              Objects.requireNonNull(homeZone, "homeZone == null"),
              locations,
              preferredLanguage,
              accessibilityNeeds,
              emergencyContact,
              diagnosisCodes),
          "participant");
    }
  }
}
