package org.openiop.examples.demo;

import java.io.PrintStream;
import org.openiop.core.CohortId;
import org.openiop.core.IdGenerator;
import org.openiop.core.ParticipantId;

/**
 * Placeholder entry point of the flagship {@code iop-demo} command until the flagship lands: it
 * generates a deterministic set of pseudonymous ids for a cohort, the way the flagship will.
 */
public final class IopDemo {
  private IopDemo() {}

  /**
   * Runs the demo.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, 42);
  }

  static void run(PrintStream out, long seed) {
    IdGenerator ids = IdGenerator.seeded(seed);
    CohortId cohort = CohortId.generate(ids);
    out.println("OpenIOP demo: cohort " + cohort);
    for (int i = 0; i < 3; i++) {
      out.println("  participant " + ParticipantId.generate(ids));
    }
  }
}
