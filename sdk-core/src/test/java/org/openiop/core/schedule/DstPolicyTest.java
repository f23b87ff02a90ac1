package org.openiop.core.schedule;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class DstPolicyTest {
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

  @Test
  void anOrdinaryTimeHasNoAdjustment() {
    ResolvedTime r = DstPolicy.DEFAULT.resolve(LocalDateTime.parse("2026-03-08T18:00"), NEW_YORK);
    assertThat(r.toInstant()).contains(Instant.parse("2026-03-08T22:00:00Z"));
    assertThat(r.toAdjustment()).isEmpty();
  }

  @Test
  void aGapTimeShiftsLaterByTheGapAndIsReported() {
    ResolvedTime r = DstPolicy.DEFAULT.resolve(LocalDateTime.parse("2026-03-08T02:30"), NEW_YORK);
    assertThat(r.instant()).isEqualTo(Instant.parse("2026-03-08T07:30:00Z")); // 03:30 EDT
    assertThat(r.adjustment()).isNotNull();
    assertThat(r.adjustment().kind()).isEqualTo(TimeAdjustment.Kind.GAP);
    assertThat(r.adjustment().transition()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void aGapTimeCanBeSkipped() {
    DstPolicy skip = new DstPolicy(DstPolicy.Gap.SKIP, DstPolicy.Overlap.EARLIER);
    ResolvedTime r = skip.resolve(LocalDateTime.parse("2026-03-08T02:30"), NEW_YORK);
    assertThat(r.toInstant()).isEmpty();
    assertThat(r.adjustment().resolvedTo()).isNull();
  }

  @Test
  void anOverlapTimeTakesTheFirstOccurrenceByDefaultAndTheSecondOnRequest() {
    LocalDateTime local = LocalDateTime.parse("2026-11-01T01:30");
    ResolvedTime first = DstPolicy.DEFAULT.resolve(local, NEW_YORK);
    assertThat(first.instant()).isEqualTo(Instant.parse("2026-11-01T05:30:00Z")); // EDT
    assertThat(first.adjustment().kind()).isEqualTo(TimeAdjustment.Kind.OVERLAP);
    ResolvedTime second =
        new DstPolicy(DstPolicy.Gap.SHIFT_BY_GAP_LENGTH, DstPolicy.Overlap.LATER)
            .resolve(local, NEW_YORK);
    assertThat(second.instant()).isEqualTo(Instant.parse("2026-11-01T06:30:00Z")); // EST
  }

  @Test
  void lordHoweShiftsByItsHalfHourGap() {
    // Lord Howe goes from +10:30 to +11:00 at 02:00 on the first Sunday of October.
    ResolvedTime r = DstPolicy.DEFAULT.resolve(LocalDateTime.parse("2026-10-04T02:15"), LORD_HOWE);
    assertThat(r.adjustment().transition()).isEqualTo(Duration.ofMinutes(30));
    assertThat(r.instant().atZone(LORD_HOWE).toLocalTime().toString()).isEqualTo("02:45");
    // ... and back from +11:00 to +10:30 at 02:00 on the first Sunday of April: 01:45 twice.
    ResolvedTime o = DstPolicy.DEFAULT.resolve(LocalDateTime.parse("2026-04-05T01:45"), LORD_HOWE);
    assertThat(o.adjustment().kind()).isEqualTo(TimeAdjustment.Kind.OVERLAP);
    assertThat(o.adjustment().transition()).isEqualTo(Duration.ofMinutes(-30));
  }
}
