package org.openiop.benchmarks.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openiop.video.attendance.AttendanceRecord;
import org.openiop.video.spi.PersonRef;

class AttendanceBenchmarkTest {
  @Test
  void bothPathsSeeEveryoneAndTheSubjectCountsAtLeastTheRawPresence() {
    AttendanceBenchmark b = new AttendanceBenchmark();
    b.events = 100_000;
    b.setUp();
    long rawSeconds = b.baselineGroupAndSum();
    Map<PersonRef, AttendanceRecord> records = b.attendance();
    assertThat(records).hasSize(10_000);
    assertThat(rawSeconds).isPositive();
    long present =
        records.values().stream()
            .map(AttendanceRecord::present)
            .mapToLong(Duration::toSeconds)
            .sum();
    assertThat(present).isPositive();
    assertThat(records.values()).anyMatch(r -> r.reconnects() > 0);
    assertThat(records.values())
        .allMatch(r -> r.present().compareTo(AttendanceBenchmark.WINDOW.length()) <= 0);
  }
}
