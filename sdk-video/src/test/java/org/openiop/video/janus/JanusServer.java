package org.openiop.video.janus;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The Janus started by {@code .ci/services.d/janus.sh}, found through the file it writes. In CI
 * ({@code CI=true}) a missing Janus fails the test; elsewhere it skips it.
 */
final class JanusServer {
  final String url;
  final String roomAdminKey;
  final String tokenSecret;
  private final Path restartScript;

  private JanusServer(Properties p) {
    this.url = p.getProperty("url");
    this.roomAdminKey = p.getProperty("roomAdminKey");
    this.tokenSecret = p.getProperty("tokenSecret");
    this.restartScript = Path.of(p.getProperty("restartScript"));
  }

  static JanusServer require() {
    String configured = System.getenv("OPENIOP_JANUS_ENV");
    Path env = Path.of(configured != null ? configured : "/tmp/openiop-janus/janus.env");
    boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
    if (!Files.isReadable(env)) {
      String why = "no Janus: " + env + " missing (run .ci/services.d/janus.sh)";
      if (ci) {
        fail(why);
      }
      Assumptions.abort(why);
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(env)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + env, e);
    }
    return new JanusServer(p);
  }

  /** Stops Janus with SIGTERM and starts it again; returns once /janus/info answers. */
  void restart() throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder("bash", restartScript.toString())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      process.destroyForcibly();
      fail("Janus restart failed");
    }
  }
}
