package org.openiop.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run --video janus} against the Janus that {@code .ci/services.d/janus.sh} starts, found
 * through the file it writes ({@code OPENIOP_JANUS_ENV}, default {@code
 * /tmp/openiop-janus/janus.env}). In CI ({@code CI=true}) a missing Janus fails the test; elsewhere
 * it is skipped.
 */
class FlagshipJanusTest {
  @Test
  void aShortRunOnARealJanusHoldsEverySessionAndComputesAttendance(@TempDir Path out)
      throws Exception {
    String configured = System.getenv("OPENIOP_JANUS_ENV");
    Path env = Path.of(configured != null ? configured : "/tmp/openiop-janus/janus.env");
    if (!Files.isReadable(env)) {
      String why = "no Janus: " + env + " missing (run .ci/services.d/janus.sh)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    Properties janus = new Properties();
    try (Reader r = Files.newBufferedReader(env)) {
      janus.load(r);
    }
    DemoRuns.Outcome o =
        DemoRuns.execute(
            "run",
            "--out",
            out.toString(),
            "--weeks",
            "1",
            "--participants",
            "6",
            "--video",
            "janus",
            "--janus-url",
            janus.getProperty("url"),
            "--janus-admin-key",
            janus.getProperty("roomAdminKey"),
            "--janus-token-secret",
            janus.getProperty("tokenSecret"));
    assertThat(o.exitCode()).as(o.err()).isZero();
    JsonObject summary = KeyFiles.readJson(out.resolve("summary.json"));
    assertThat(summary.getJsonObject("run").getString("video")).isEqualTo("janus");
    assertThat(summary.getJsonArray("sessions")).isNotEmpty();
    int attended = 0;
    for (JsonValue s : summary.getJsonArray("sessions")) {
      for (JsonValue p : s.asJsonObject().getJsonArray("participants")) {
        String status = p.asJsonObject().getString("attendance");
        assertThat(status).isIn("PRESENT", "LATE", "LEFT_EARLY", "NO_SHOW");
        attended += p.asJsonObject().getInt("minutesAttended");
      }
    }
    assertThat(attended).isPositive();
    assertThat(DemoRuns.execute("verify-audit", out.toString()).exitCode()).isZero();
  }
}
