package org.openiop.examples.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.openiop.core.ClinicianId;
import org.openiop.core.Jurisdiction;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.care.LevelOfCareRecommendation;
import org.openiop.core.measure.MeasurementRecord;
import org.openiop.core.measure.Progress;
import org.openiop.core.measure.RiskSignal;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.Enrollment;
import org.openiop.core.program.Session;
import org.openiop.core.schedule.RuleViolation;
import org.openiop.video.attendance.AttendanceRecord;

/**
 * Everything the simulation produced that the outputs report: ids, times, counts and scores, never
 * names, contact details or note text. Filled in by {@link Simulation}; read by the writers.
 */
final class DemoResult {
  /** How a referral was placed after screening. */
  record Placement(
      ParticipantId participant,
      String cohortTrack,
      LevelOfCareRecommendation recommendation,
      Enrollment enrollment) {}

  /** A booking the rules refused, and what was done instead. */
  record Refusal(
      SessionId session,
      ParticipantId participant,
      List<RuleViolation> violations,
      String action) {}

  /** One held session's attendance for one person. */
  record Held(Session session, AttendanceRecord record, Attendance attendance) {}

  /** A risk signal with what happened to it. */
  record Risk(
      RiskSignal signal, ClinicianId acknowledgedBy, Instant acknowledgedAt, int attempts) {}

  /** A file written, for the summary. */
  record Written(String kind, String path, String about) {}

  final Map<ParticipantId, Placement> placements = new LinkedHashMap<>();
  final Map<SessionId, Session> sessions = new LinkedHashMap<>();
  final Map<SessionId, Map<ParticipantId, Jurisdiction>> locations = new LinkedHashMap<>();
  final List<Refusal> refusals = new ArrayList<>();
  final List<RuleViolation> calendarFindings = new ArrayList<>();
  final List<Held> held = new ArrayList<>();
  final List<Risk> risks = new ArrayList<>();
  final Map<ParticipantId, List<MeasurementRecord>> scores = new LinkedHashMap<>();
  final Map<ParticipantId, List<MeasurementRecord>> intake = new LinkedHashMap<>();
  final Map<ParticipantId, List<Progress>> progress = new LinkedHashMap<>();
  final Map<ParticipantId, TreeMap<LocalDate, Duration[]>> weeks = new LinkedHashMap<>();
  final List<Written> written = new ArrayList<>();
  final List<String> plans = new ArrayList<>();
  final List<NoteDesk.Written> notes = new ArrayList<>();
  final Map<VideoStage.Behaviour, Integer> behaviours =
      new java.util.EnumMap<>(VideoStage.Behaviour.class);
  NoteDesk.Chat chat;
  int identities;
  int remindersPlanned;
  int remindersDelivered;
  long auditEntries;

  /** Adds scheduled or attended time to a participant's week ({@code [scheduled, attended]}). */
  void addHours(ParticipantId p, LocalDate weekStart, Duration scheduled, Duration attended) {
    Duration[] w =
        weeks
            .computeIfAbsent(p, k -> new TreeMap<>())
            .computeIfAbsent(weekStart, k -> new Duration[] {Duration.ZERO, Duration.ZERO});
    w[0] = w[0].plus(scheduled);
    w[1] = w[1].plus(attended);
  }
}
