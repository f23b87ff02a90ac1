package org.openiop.core.people;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Jurisdiction;

/**
 * A licence to practise issued by one jurisdiction's board.
 *
 * @param jurisdiction the issuing jurisdiction; never {@code null}
 * @param type the licence type as the board names it, e.g. {@code LCSW}, 1-40 characters
 * @param number the licence number, 1-40 letters, digits, spaces and {@code . - /}
 * @param validFrom first day of validity; never {@code null}
 * @param validUntil last day of validity, or {@code null} if open-ended
 * @param status the standing; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record License(
    Jurisdiction jurisdiction,
    @NotBlank(message = "must not be blank") @Size(max = 40) String type,
    @Pattern(
            regexp = "[A-Za-z0-9][A-Za-z0-9 ./-]{0,39}",
            message = "must be 1-40 letters, digits, spaces and . - /")
        String number,
    LocalDate validFrom,
    @Nullable LocalDate validUntil,
    LicenseStatus status) {

  /** Checks presence and that validity is not reversed. */
  public License {
    Objects.requireNonNull(jurisdiction, "jurisdiction == null");
    Objects.requireNonNull(type, "type == null");
    Objects.requireNonNull(number, "number == null");
    Objects.requireNonNull(validFrom, "validFrom == null");
    Objects.requireNonNull(status, "status == null");
    if (validUntil != null && validUntil.isBefore(validFrom)) {
      throw InvalidInputException.of("validUntil", "must not be before validFrom");
    }
  }

  /**
   * Whether the licence allows practice on a day: its status permits practice and the day is within
   * its validity.
   *
   * @param date the day; never {@code null}
   * @return true if valid
   */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date == null");
    return status.permitsPractice()
        && !date.isBefore(validFrom)
        && (validUntil == null || !date.isAfter(validUntil));
  }
}
