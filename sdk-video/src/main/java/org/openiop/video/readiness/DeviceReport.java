package org.openiop.video.readiness;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.openiop.core.Violation;

/**
 * What a participant's client measured and the participant said about their set-up before a
 * session. Carries no PHI.
 *
 * @param camera a working camera
 * @param microphone a working microphone
 * @param speaker working speakers or headphones
 * @param uploadKbps measured upload bandwidth in kbit/s, 0 or more
 * @param downloadKbps measured download bandwidth in kbit/s, 0 or more
 * @param roundTrip measured round-trip time to the media server; never {@code null}, not negative
 * @param jitter measured jitter; never {@code null}, not negative
 * @param lossPercent measured packet loss, 0 to 100
 * @param privateQuietSpace self-reported: in a private, quiet place
 * @param headphones self-reported: wearing headphones
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record DeviceReport(
    boolean camera,
    boolean microphone,
    boolean speaker,
    int uploadKbps,
    int downloadKbps,
    Duration roundTrip,
    Duration jitter,
    double lossPercent,
    boolean privateQuietSpace,
    boolean headphones) {

  /** Checks the ranges and reports every violation. */
  public DeviceReport {
    Objects.requireNonNull(roundTrip, "roundTrip == null");
    Objects.requireNonNull(jitter, "jitter == null");
    List<Violation> violations = new ArrayList<>();
    if (uploadKbps < 0) {
      violations.add(new Violation("uploadKbps", "must not be negative"));
    }
    if (downloadKbps < 0) {
      violations.add(new Violation("downloadKbps", "must not be negative"));
    }
    if (roundTrip.isNegative()) {
      violations.add(new Violation("roundTrip", "must not be negative"));
    }
    if (jitter.isNegative()) {
      violations.add(new Violation("jitter", "must not be negative"));
    }
    if (!(lossPercent >= 0.0 && lossPercent <= 100.0)) {
      violations.add(new Violation("lossPercent", "must be between 0 and 100"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }
}
