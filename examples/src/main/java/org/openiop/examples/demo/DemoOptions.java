package org.openiop.examples.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What one run of the flagship simulates and where it writes.
 *
 * @param out the output directory
 * @param seed the seed that fixes ids, names, scores and the attendance script
 * @param weeks program weeks to simulate, 1-12
 * @param participants referrals, 3-40
 * @param programStart the Monday the program starts
 * @param video {@code loopback} or {@code janus}
 * @param janusUrl the Janus HTTP API URL, for {@code janus}
 * @param janusAdminKey the Janus VideoRoom admin key, for {@code janus}
 * @param janusTokenSecret the Janus token-auth secret, or {@code null} if token auth is off
 */
record DemoOptions(
    Path out,
    long seed,
    int weeks,
    int participants,
    LocalDate programStart,
    String video,
    String janusUrl,
    String janusAdminKey,
    String janusTokenSecret) {
  DemoOptions {
    Objects.requireNonNull(video, "video == null");
    if (!video.equals("loopback") && !video.equals("janus")) {
      throw new IllegalArgumentException("--video must be loopback or janus");
    }
    if (video.equals("janus") && (janusUrl == null || janusAdminKey == null)) {
      throw new IllegalArgumentException("--video janus needs --janus-url and --janus-admin-key");
    }
    Objects.requireNonNull(out, "out == null");
    Objects.requireNonNull(programStart, "programStart == null");
    if (weeks < 1 || weeks > 12) {
      throw new IllegalArgumentException("--weeks must be between 1 and 12");
    }
    if (participants < 3 || participants > 40) {
      throw new IllegalArgumentException("--participants must be between 3 and 40");
    }
    if (programStart.getDayOfWeek() != java.time.DayOfWeek.MONDAY) {
      throw new IllegalArgumentException("the program starts on a Monday");
    }
  }
}
