package org.openiop.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs the flagship in this process and shares the default run between the test classes (one JVM),
 * so the suite simulates the cohort once.
 */
final class DemoRuns {
  /** The outcome of one command. */
  record Outcome(int exitCode, String out, String err) {}

  /** A finished {@code run} and its output directory. */
  record Run(Path dir, Outcome outcome, DemoWorld world) {}

  private static Run shared;

  private DemoRuns() {}

  static Outcome execute(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        IopDemo.execute(
            args,
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The default run (seed 42, 4 weeks, 12 referrals), made on first use. */
  static synchronized Run shared() {
    if (shared == null) {
      shared = run("42");
    }
    return shared;
  }

  static Run run(String seed) {
    try {
      Path dir = Files.createTempDirectory("iop-demo-test");
      Outcome o = execute("run", "--out", dir.toString(), "--seed", seed);
      assertThat(o.exitCode()).as(o.err()).isZero();
      return new Run(dir, o, new DemoWorld(Long.parseLong(seed), RunCommand.PROGRAM_START, 4, 12));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
