package org.openiop.benchmarks.audit;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;

/**
 * A companion to the JMH benchmarks for noisy shared machines: the same two append methods and the
 * verification, measured in CPU time of the calling thread (which other processes' load does not
 * inflate) rather than wall time. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.openiop.benchmarks.audit.AuditCpuTime}.
 */
public final class AuditCpuTime {
  private static final int OPS = 100_000;

  private AuditCpuTime() {}

  /**
   * Prints CPU microseconds per append (chained, plain, ratio) for each fsync policy and checkpoint
   * interval, then CPU time and throughput of verifying 100,000 entries.
   *
   * @param args unused
   * @throws Exception if a file cannot be written or read
   */
  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int every : new int[] {1000, 10_000}) {
      for (String fsync : new String[] {"checkpoints", "every64", "always"}) {
        AuditAppendBenchmark b = new AuditAppendBenchmark();
        b.fsync = fsync;
        b.checkpointEvery = every;
        b.open();
        int ops = fsync.equals("always") ? OPS / 20 : OPS;
        double chained = 0;
        double plain = 0;
        for (int round = 0; round < 3; round++) { // the first round warms up and is discarded
          long c0 = mx.getCurrentThreadCpuTime();
          for (int i = 0; i < ops; i++) {
            b.chained();
          }
          long c1 = mx.getCurrentThreadCpuTime();
          for (int i = 0; i < ops; i++) {
            b.plainLine();
          }
          long c2 = mx.getCurrentThreadCpuTime();
          if (round > 0) {
            chained += (c1 - c0) / 1e3 / ops / 2;
            plain += (c2 - c1) / 1e3 / ops / 2;
          }
        }
        b.close();
        print(
            "append checkpointEvery=%d fsync=%s: chained %.2f us, plain %.2f us, ratio %.2f",
            every, fsync, chained, plain, chained / plain);
      }
    }
    AuditVerifyBenchmark v = new AuditVerifyBenchmark();
    v.entries = OPS;
    v.writeLog();
    double verify = 0;
    double read = 0;
    for (int round = 0; round < 4; round++) {
      long c0 = mx.getCurrentThreadCpuTime();
      v.verify();
      long c1 = mx.getCurrentThreadCpuTime();
      v.readLines();
      long c2 = mx.getCurrentThreadCpuTime();
      if (round > 0) {
        verify += (c1 - c0) / 1e6 / 3;
        read += (c2 - c1) / 1e6 / 3;
      }
    }
    v.delete();
    print(
        "verify %d entries: %.0f ms (%.0f entries/s), readLines %.0f ms, ratio %.2f",
        OPS, verify, OPS / (verify / 1e3), read, verify / read);
  }

  @SuppressWarnings("SystemOut")
  private static void print(String format, Object... values) {
    System.out.println(String.format(Locale.ROOT, format, values));
  }
}
