package org.openiop.benchmarks.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs each crypto benchmark method once and checks it computes the right thing. */
class CryptoBenchmarksTest {
  @Test
  void noteSealAndOpenBothPathsWork() throws Exception {
    NoteSealBenchmark b = new NoteSealBenchmark();
    b.conscrypt = false;
    b.setUp();
    assertThat(b.sealOpenIop().readers()).hasSize(NoteSealBenchmark.READERS);
    assertThat(b.sealRawTink()).hasSize(64);
    assertThat(b.openOpenIop().note().body()).isEqualTo(b.body);
    assertThat(b.openRawTink()).isEqualTo(b.body);
  }

  @Test
  void attachmentPathsWriteTheSameAmountOfCiphertext() throws Exception {
    AttachmentBenchmark b = new AttachmentBenchmark();
    b.setUp();
    long ours = b.encryptOpenIop();
    long raw = b.encryptRawTink();
    assertThat(ours).isGreaterThan(AttachmentBenchmark.SIZE);
    assertThat(Math.abs(ours - raw)).isLessThan(64);
  }

  @Test
  void tokenPathsIssueAndVerify() throws Exception {
    TokenBenchmark b = new TokenBenchmark();
    b.setUp();
    assertThat(b.issue().split("\\.")).hasSize(3);
    assertThat(b.rawIssue().split("\\.")).hasSize(3);
    assertThat(b.verify().subject().text()).isEqualTo("participant:par_bench");
    assertThat(b.rawVerify().getSubject()).isEqualTo("participant:par_bench");
    assertThat(b.token.getBytes(StandardCharsets.US_ASCII).length).isLessThan(1024);
  }
}
