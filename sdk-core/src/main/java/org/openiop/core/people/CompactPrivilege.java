package org.openiop.core.people;

import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;

/**
 * A privilege to practise under an interstate compact, based on a licence in a home jurisdiction.
 *
 * <p>For a compact whose scope is {@link PrivilegeScope#ALL_MEMBERS} (PSYPACT's APIT, the NLC
 * multistate licence) leave {@code remoteJurisdiction} {@code null}; for a {@link
 * PrivilegeScope#PER_JURISDICTION} compact it names the one remote state the privilege is for.
 *
 * @param compact the compact's code, e.g. {@code PSYPACT}
 * @param homeJurisdiction where the underlying licence was issued; never {@code null}
 * @param remoteJurisdiction the one remote jurisdiction, or {@code null} for all members
 * @param number the privilege or certificate number (e.g. the APIT number)
 * @param validFrom first day of validity; never {@code null}
 * @param validUntil last day of validity, or {@code null} if open-ended
 * @param status the standing; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record CompactPrivilege(
    @Pattern(regexp = "[A-Z][A-Z0-9_]{1,29}", message = "must be 2-30 of A-Z, 0-9 and _")
        String compact,
    Jurisdiction homeJurisdiction,
    @Nullable Jurisdiction remoteJurisdiction,
    @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9 ./-]{0,39}",
            message = "must be 1-40 letters, digits, spaces and . - /")
        String number,
    LocalDate validFrom,
    @Nullable LocalDate validUntil,
    LicenseStatus status) {

  /** Checks presence and that validity is not reversed. */
  public CompactPrivilege {
    Objects.requireNonNull(compact, "compact == null");
    Objects.requireNonNull(homeJurisdiction, "homeJurisdiction == null");
    Objects.requireNonNull(number, "number == null");
    Objects.requireNonNull(validFrom, "validFrom == null");
    Objects.requireNonNull(status, "status == null");
    if (validUntil != null && validUntil.isBefore(validFrom)) {
      throw InvalidInputException.of("validUntil", "must not be before validFrom");
    }
  }

  /**
   * Whether the privilege itself is in force on a day (status and dates only; membership and the
   * home licence are checked by {@link Clinician#authorityIn(Jurisdiction, LocalDate,
   * CompactRegistry)}).
   *
   * @param date the day; never {@code null}
   * @return true if in force
   */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date == null");
    return status.permitsPractice()
        && !date.isBefore(validFrom)
        && (validUntil == null || !date.isAfter(validUntil));
  }
}
