package org.openiop.examples.demo;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The flagship {@code iop-demo} command: {@code run} simulates a whole virtual IOP cohort end to
 * end, {@code open-note} opens a sealed note with a demo identity's key file, and {@code
 * verify-audit} checks the audit trail a run wrote. Without arguments it runs {@code run} with its
 * defaults.
 *
 * <pre>{@code
 * java -jar examples/target/iop-demo.jar run --out iop-demo-out --seed 42 --weeks 4
 * java -jar examples/target/iop-demo.jar open-note iop-demo-out/notes/not_x.json \
 *     --identity iop-demo-out/keys/clinician-cln_y.insecure-key.json
 * java -jar examples/target/iop-demo.jar verify-audit iop-demo-out
 * }</pre>
 */
@Command(
    name = "iop-demo",
    mixinStandardHelpOptions = true,
    version = "iop-demo 0.1",
    description = "Runs a virtual IOP cohort end to end on the OpenIOP SDK.",
    subcommands = {RunCommand.class, OpenNoteCommand.class, VerifyAuditCommand.class})
public final class IopDemo {
  private IopDemo() {}

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the command line; empty runs {@code run} with its defaults
   */
  public static void main(String[] args) {
    System.exit(execute(args, System.out, System.err));
  }

  /**
   * Runs the command in this process.
   *
   * @param args the command line; empty runs {@code run} with its defaults
   * @param out where the readable output goes
   * @param err where errors go
   * @return the exit code: 0 success, 1 a failed check (tampering, wrong reader, bad audit entry),
   *     2 a usage or input error
   */
  public static int execute(String[] args, PrintStream out, PrintStream err) {
    configureLogging();
    CommandLine cmd = new CommandLine(new IopDemo());
    cmd.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cmd.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cmd.setExecutionExceptionHandler(
        (e, c, parsed) -> {
          c.getErr().println("iop-demo: " + e.getClass().getSimpleName() + ": " + e.getMessage());
          c.getErr().flush();
          return 2;
        });
    int code = cmd.execute(args.length == 0 ? new String[] {"run"} : args);
    cmd.getOut().flush();
    cmd.getErr().flush();
    return code;
  }

  /**
   * Sets slf4j-simple's properties before the first logger is made: log lines go to {@code
   * System.err}, looked up on every line (not cached), so that {@code run} can point them at {@code
   * DIR/logs/openiop.log} for the duration of a run.
   */
  static void configureLogging() {
    setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
    setIfAbsent("org.slf4j.simpleLogger.cacheOutputStream", "false");
    setIfAbsent("org.slf4j.simpleLogger.defaultLogLevel", "info");
    setIfAbsent("org.slf4j.simpleLogger.showDateTime", "true");
    setIfAbsent("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
    setIfAbsent("org.jboss.logging.provider", "slf4j");
    setIfAbsent("java.awt.headless", "true");
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
