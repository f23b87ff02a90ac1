package org.openiop.core.privacy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ClinicianId;
import org.openiop.core.ConsentId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.TypedId;

/**
 * A consent a person gave, as one version of an append-only record.
 *
 * <p>Consents are never edited or deleted: {@link #revoke(Instant, String, String)} returns the
 * next version carrying a {@link Revocation}, and a store keeps every version. {@link
 * #isActiveAt(Instant)} therefore answers correctly for any moment, before or after revocation.
 *
 * <p>The subject is a participant, except that a staff member ({@code staff}) may be the subject of
 * a {@link ConsentType#CONFIDENTIALITY_AGREEMENT}. A {@link ConsentType#FAMILY_RELEASE} carries a
 * {@link FamilyRelease}; a {@link ConsentType#PART2_DISCLOSURE} carries a {@link Part2Disclosure}
 * and an expiry (an instant or an event); other types carry neither. {@code toString} shows ids,
 * type, version and times only.
 *
 * @param id the consent's id, shared by all its versions; never {@code null}
 * @param version the version, starting at 1
 * @param type what it covers; never {@code null}
 * @param participant the participant it concerns, or {@code null} for a staff agreement
 * @param staff the staff member for a staff confidentiality agreement, else {@code null}
 * @param formVersion the version of the consent form text, 1-40 of letters, digits and {@code . _
 *     -}
 * @param signature who signed, how and when; never {@code null}
 * @param effectiveFrom when it takes effect; never {@code null}
 * @param expiresAt when it lapses (exclusive), or {@code null} if it does not
 * @param familyRelease the release terms, exactly for {@link ConsentType#FAMILY_RELEASE}
 * @param part2 the Part 2 elements, exactly for {@link ConsentType#PART2_DISCLOSURE}
 * @param revocation the revocation, or {@code null} if not revoked
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Consent(
    ConsentId id,
    @Min(1) @Max(1_000_000) int version,
    ConsentType type,
    @Nullable ParticipantId participant,
    @Nullable ClinicianId staff,
    @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,39}",
            message = "must be 1-40 of letters, digits and . _ -")
        String formVersion,
    @Valid Signature signature,
    Instant effectiveFrom,
    @Nullable Instant expiresAt,
    @Nullable @Valid FamilyRelease familyRelease,
    @Nullable @Valid Part2Disclosure part2,
    @Nullable @Valid Revocation revocation) {

  /** Checks presence and the per-type structure. */
  public Consent {
    Objects.requireNonNull(id, "id == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(formVersion, "formVersion == null");
    Objects.requireNonNull(signature, "signature == null");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom == null");
    if ((participant == null) == (staff == null)) {
      throw InvalidInputException.of(
          "participant", "exactly one of participant and staff must be set");
    }
    if (staff != null && type != ConsentType.CONFIDENTIALITY_AGREEMENT) {
      throw InvalidInputException.of("staff", "may only sign a CONFIDENTIALITY_AGREEMENT");
    }
    if ((type == ConsentType.FAMILY_RELEASE) != (familyRelease != null)) {
      throw InvalidInputException.of(
          "familyRelease", "must be set exactly when the type is FAMILY_RELEASE");
    }
    if ((type == ConsentType.PART2_DISCLOSURE) != (part2 != null)) {
      throw InvalidInputException.of(
          "part2", "must be set exactly when the type is PART2_DISCLOSURE");
    }
    if (part2 != null && expiresAt == null && part2.expiryEvent().isBlank()) {
      throw InvalidInputException.of(
          "expiresAt", "a Part 2 consent needs an expiry date or an expiry event");
    }
    if (expiresAt != null && !expiresAt.isAfter(effectiveFrom)) {
      throw InvalidInputException.of("expiresAt", "must be after effectiveFrom");
    }
  }

  /**
   * The subject: the participant, or the staff member for a staff agreement.
   *
   * @return never {@code null}
   */
  public TypedId subject() {
    return participant != null ? participant : Objects.requireNonNull(staff);
  }

  /**
   * Whether the consent is in force at an instant: effective, not expired, not yet revoked.
   *
   * @param instant the moment; never {@code null}
   * @return true if active
   */
  public boolean isActiveAt(Instant instant) {
    Objects.requireNonNull(instant, "instant == null");
    return !instant.isBefore(effectiveFrom)
        && (expiresAt == null || instant.isBefore(expiresAt))
        && (revocation == null || instant.isBefore(revocation.at()));
  }

  /**
   * Whether the consent has been revoked (at any time).
   *
   * @return true if this version carries a revocation
   */
  public boolean revoked() {
    return revocation != null;
  }

  /**
   * Records a revocation as a new version; this version is unchanged.
   *
   * @param at when the revocation takes effect; never {@code null}
   * @param by the id of who revoked it; never {@code null}
   * @param reason a short reason without clinical detail; never {@code null}
   * @return the next version, carrying the revocation
   * @throws IllegalStateException if already revoked
   */
  public Consent revoke(Instant at, String by, String reason) {
    Objects.requireNonNull(at, "at == null");
    Objects.requireNonNull(by, "by == null");
    Objects.requireNonNull(reason, "reason == null");
    if (revocation != null) {
      throw new IllegalStateException("consent " + id + " is already revoked");
    }
    return new Consent(
        id,
        version + 1,
        type,
        participant,
        staff,
        formVersion,
        signature,
        effectiveFrom,
        expiresAt,
        familyRelease,
        part2,
        new Revocation(at, by, reason));
  }

  @Override
  public String toString() {
    return "Consent[id="
        + id
        + ", version="
        + version
        + ", type="
        + type
        + ", subject="
        + subject()
        + ", effectiveFrom="
        + effectiveFrom
        + ", expiresAt="
        + expiresAt
        + ", revoked="
        + (revocation != null)
        + "]";
  }

  /**
   * A new builder for version 1 of a consent.
   *
   * <pre>{@code
   * Consent telehealth = Consent.builder()
   *     .id(ConsentId.of("con_1"))
   *     .type(ConsentType.TELEHEALTH)
   *     .participant(ParticipantId.of("par_1"))
   *     .formVersion("2026.1")
   *     .signature(new Signature("Alex Rivera", Signature.Capacity.SELF, signedAt))
   *     .effectiveFrom(signedAt)
   *     .build();
   * }</pre>
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a validated {@link Consent}; not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private @Nullable ConsentId id;
    private int version = 1;
    private @Nullable ConsentType type;
    private @Nullable ParticipantId participant;
    private @Nullable ClinicianId staff;
    private @Nullable String formVersion;
    private @Nullable Signature signature;
    private @Nullable Instant effectiveFrom;
    private @Nullable Instant expiresAt;
    private @Nullable FamilyRelease familyRelease;
    private @Nullable Part2Disclosure part2;

    private Builder() {}

    /**
     * Sets the id.
     *
     * @param id never {@code null}
     * @return this
     */
    public Builder id(ConsentId id) {
      this.id = Objects.requireNonNull(id, "id == null");
      return this;
    }

    /**
     * Sets the version (default 1).
     *
     * @param version at least 1
     * @return this
     */
    public Builder version(int version) {
      this.version = version;
      return this;
    }

    /**
     * Sets the type.
     *
     * @param type never {@code null}
     * @return this
     */
    public Builder type(ConsentType type) {
      this.type = Objects.requireNonNull(type, "type == null");
      return this;
    }

    /**
     * Sets the participant (the usual subject).
     *
     * @param participant never {@code null}
     * @return this
     */
    public Builder participant(ParticipantId participant) {
      this.participant = Objects.requireNonNull(participant, "participant == null");
      return this;
    }

    /**
     * Sets the staff member, for a staff confidentiality agreement.
     *
     * @param staff never {@code null}
     * @return this
     */
    public Builder staff(ClinicianId staff) {
      this.staff = Objects.requireNonNull(staff, "staff == null");
      return this;
    }

    /**
     * Sets the form version.
     *
     * @param formVersion never {@code null}
     * @return this
     */
    public Builder formVersion(String formVersion) {
      this.formVersion = Objects.requireNonNull(formVersion, "formVersion == null");
      return this;
    }

    /**
     * Sets the signature.
     *
     * @param signature never {@code null}
     * @return this
     */
    public Builder signature(Signature signature) {
      this.signature = Objects.requireNonNull(signature, "signature == null");
      return this;
    }

    /**
     * Sets when the consent takes effect.
     *
     * @param effectiveFrom never {@code null}
     * @return this
     */
    public Builder effectiveFrom(Instant effectiveFrom) {
      this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom == null");
      return this;
    }

    /**
     * Sets when the consent lapses.
     *
     * @param expiresAt may be {@code null}
     * @return this
     */
    public Builder expiresAt(@Nullable Instant expiresAt) {
      this.expiresAt = expiresAt;
      return this;
    }

    /**
     * Sets the family release terms (for {@link ConsentType#FAMILY_RELEASE}).
     *
     * @param familyRelease never {@code null}
     * @return this
     */
    public Builder familyRelease(FamilyRelease familyRelease) {
      this.familyRelease = Objects.requireNonNull(familyRelease, "familyRelease == null");
      return this;
    }

    /**
     * Sets the Part 2 elements (for {@link ConsentType#PART2_DISCLOSURE}).
     *
     * @param part2 never {@code null}
     * @return this
     */
    public Builder part2(Part2Disclosure part2) {
      this.part2 = Objects.requireNonNull(part2, "part2 == null");
      return this;
    }

    /**
     * Builds and validates the consent (not revoked).
     *
     * @return the consent
     * @throws InvalidInputException listing the broken rules under {@code consent}
     * @throws NullPointerException if a required part was never set
     */
    public Consent build() {
      return org.openiop.core.Validation.check(
          new Consent(
              Objects.requireNonNull(id, "id == null"),
              version,
              Objects.requireNonNull(type, "type == null"),
              participant,
              staff,
              Objects.requireNonNull(formVersion, "formVersion == null"),
              Objects.requireNonNull(signature, "signature == null"),
              Objects.requireNonNull(effectiveFrom, "effectiveFrom == null"),
              expiresAt,
              familyRelease,
              part2,
              null),
          "consent");
    }
  }
}
