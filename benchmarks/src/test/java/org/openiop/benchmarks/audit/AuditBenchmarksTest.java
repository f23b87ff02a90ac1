package org.openiop.benchmarks.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openiop.core.privacy.audit.AuditVerification;

class AuditBenchmarksTest {
  @Test
  void bothAppendMethodsWriteOneLinePerCallUnderEveryFsyncPolicy() throws Exception {
    for (String fsync : List.of("checkpoints", "every64", "always")) {
      AuditAppendBenchmark b = new AuditAppendBenchmark();
      b.fsync = fsync;
      b.checkpointEvery = 1000;
      b.open();
      long before = b.sequence();
      assertThat(b.chained()).isEqualTo(before + 1);
      assertThat(b.plainLine()).isEqualTo(1);
      List<String> plain = Files.readAllLines(b.directory().resolve("plain.log"));
      assertThat(plain).hasSize(1);
      assertThat(plain.get(0)).startsWith("{\"v\":1,\"time\":").endsWith("}");
      String chainedLast =
          Files.readAllLines(b.directory().resolve("chained.log")).get((int) before);
      assertThat(chainedLast).startsWith(plain.get(0).substring(0, plain.get(0).length() - 1));
      b.close();
    }
  }

  @Test
  void verificationReadsTheWholeIntactLogAndTheBaselineEveryLine() throws Exception {
    AuditVerifyBenchmark b = new AuditVerifyBenchmark();
    b.entries = 2500;
    b.writeLog();
    AuditVerification v = b.verify();
    assertThat(v.intact()).isTrue();
    assertThat(v.events()).isEqualTo(2500);
    assertThat(b.readLines()).isEqualTo(v.lastSeq());
    b.delete();
  }
}
