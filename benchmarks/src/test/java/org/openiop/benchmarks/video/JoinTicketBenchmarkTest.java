package org.openiop.benchmarks.video;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.tickets.VerifiedTicket;

class JoinTicketBenchmarkTest {
  @Test
  void baselineAndSubjectBothVerifyTheSameClaims() throws Exception {
    JoinTicketBenchmark b = new JoinTicketBenchmark();
    assertThat(b.baselineNimbusSignAndVerify().getSubject()).isEqualTo("participant/par_benchmark");
    assertThat(b.baselineNimbusSignAndVerify().getAudience()).containsExactly("loop-1");
    VerifiedTicket ticket = b.ticketMintAndVerify();
    assertThat(ticket.person()).isEqualTo(JoinTicketBenchmark.PERSON);
    assertThat(ticket.room()).isEqualTo(JoinTicketBenchmark.ROOM);
    assertThat(ticket.role()).isEqualTo(VideoRole.PARTICIPANT);
  }
}
