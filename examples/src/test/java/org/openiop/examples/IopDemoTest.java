package org.openiop.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IopDemoTest {
  @Test
  void theDemoPrintsTheSameIdsForTheSameSeed() throws Exception {
    assertThat(runDemo()).isEqualTo(runDemo()).contains("OpenIOP demo: cohort coh_");
  }

  private static String runDemo() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      org.openiop.examples.demo.IopDemo.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
