package org.openiop.examples.demo;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openiop.core.ParticipantId;
import org.openiop.core.care.Reason;
import org.openiop.core.measure.MeasurementRecord;
import org.openiop.core.measure.Progress;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.CompactPrivilege;
import org.openiop.core.people.CompactRegistry;
import org.openiop.core.people.License;
import org.openiop.core.program.Enrollment;
import org.openiop.core.program.EnrollmentTransition;
import org.openiop.core.program.Session;
import org.openiop.core.schedule.RuleViolation;
import org.openiop.crypto.keys.Principal;
import org.openiop.examples.demo.DemoWorld.Referral;

/**
 * Builds {@code summary.json}: the schedule and the outcomes, with ids, zones, jurisdictions,
 * times, hours and scores only. The format is documented in {@code docs/flagship-output.md}.
 */
final class SummaryJson {
  static final int FORMAT_VERSION = 1;

  private SummaryJson() {}

  static JsonObject build(DemoOptions options, DemoWorld world, DemoResult r) {
    return Json.createObjectBuilder()
        .add("format", "openiop-iop-demo-summary")
        .add("formatVersion", FORMAT_VERSION)
        .add(
            "run",
            Json.createObjectBuilder()
                .add("seed", options.seed())
                .add("weeks", options.weeks())
                .add("referrals", options.participants())
                .add("programStart", options.programStart().toString())
                .add("programId", world.program.id().value())
                .add("video", options.video()))
        .add("participants", participants(world, r))
        .add("clinicians", clinicians(world))
        .add("sessions", sessions(r))
        .add("bookingRefusals", refusals(r))
        .add("calendarFindings", findings(r.calendarFindings))
        .add("riskSignals", risks(r))
        .add("notes", notes(r))
        .add("plans", strings(r.plans))
        .add("groupChat", chat(r.chat))
        .add(
            "reminders",
            Json.createObjectBuilder()
                .add("planned", r.remindersPlanned)
                .add("delivered", r.remindersDelivered))
        .add("attendanceScript", behaviours(r))
        .add("identities", r.identities)
        .add("auditEntries", r.auditEntries)
        .build();
  }

  private static JsonArrayBuilder participants(DemoWorld world, DemoResult r) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (Referral ref : world.referrals) {
      ParticipantId id = ref.id();
      DemoResult.Placement p = r.placements.get(id);
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("id", id.value())
              .add("zone", ref.participant().homeZone().getId())
              .add("jurisdiction", ref.profile().home.code())
              .add("ageGroup", ref.participant().ageGroup().name().toLowerCase(Locale.ROOT))
              .add("recommendation", p.recommendation().level().name())
              .add("reasons", reasons(p.recommendation().reasons()))
              .add("placement", p.cohortTrack() == null ? "referred-elsewhere" : p.cohortTrack())
              .add("enrollment", enrollment(p.enrollment()))
              .add("hasSupportPerson", ref.hasFamily());
      JsonArrayBuilder weeks = Json.createArrayBuilder();
      Map<LocalDate, Duration[]> w = r.weeks.get(id);
      if (w != null) {
        w.forEach(
            (start, h) ->
                weeks.add(
                    Json.createObjectBuilder()
                        .add("weekStart", start.toString())
                        .add("scheduledHours", hours(h[0]))
                        .add("attendedHours", hours(h[1]))));
      }
      o.add("weeks", weeks);
      JsonArrayBuilder scores = Json.createArrayBuilder();
      List<Progress> progress = r.progress.getOrDefault(id, List.of());
      for (Progress pr : progress) {
        for (Progress.Point pt : pr.points()) {
          scores.add(
              Json.createObjectBuilder()
                  .add("instrument", pr.instrumentId())
                  .add("takenAt", pt.takenAt().toString())
                  .add("total", pt.total())
                  .add("band", pt.band()));
        }
      }
      if (progress.isEmpty()) {
        for (MeasurementRecord m : r.intake.getOrDefault(id, List.of())) {
          scores.add(
              Json.createObjectBuilder()
                  .add("instrument", m.instrumentId())
                  .add("takenAt", m.takenAt().toString())
                  .add("total", m.score().total())
                  .add("band", m.score().band()));
        }
      }
      o.add("scores", scores);
      JsonArrayBuilder outcome = Json.createArrayBuilder();
      for (Progress pr : progress) {
        JsonObjectBuilder x =
            Json.createObjectBuilder()
                .add("instrument", pr.instrumentId())
                .add("change", pr.change())
                .add("response", pr.response());
        if (pr.remission() != null) {
          x.add("remission", pr.remission());
        }
        if (pr.reliableChange() != null) {
          x.add("reliableChange", pr.reliableChange().name());
        }
        outcome.add(x);
      }
      o.add("outcomes", outcome);
      out.add(o);
    }
    return out;
  }

  private static JsonArrayBuilder reasons(List<Reason> reasons) {
    JsonArrayBuilder a = Json.createArrayBuilder();
    for (Reason x : reasons) {
      a.add(
          Json.createObjectBuilder()
              .add("code", x.code())
              .add("pointsTo", x.pointsTo().name())
              .add("explanation", x.explanation()));
    }
    return a;
  }

  private static JsonObjectBuilder enrollment(Enrollment e) {
    JsonArrayBuilder steps = Json.createArrayBuilder();
    for (EnrollmentTransition t : e.history()) {
      steps.add(
          Json.createObjectBuilder()
              .add("to", t.to().name())
              .add("at", t.at().toString())
              .add("actor", t.actor()));
    }
    JsonObjectBuilder o =
        Json.createObjectBuilder().add("id", e.id().value()).add("status", e.status().name());
    if (e.cohort() != null) {
      o.add("cohort", e.cohort().value());
    }
    return o.add("history", steps);
  }

  private static JsonArrayBuilder clinicians(DemoWorld world) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (Clinician c : world.clinicians()) {
      JsonArrayBuilder licenses = Json.createArrayBuilder();
      for (License l : c.licenses()) {
        JsonObjectBuilder o =
            Json.createObjectBuilder()
                .add("jurisdiction", l.jurisdiction().code())
                .add("type", l.type())
                .add("validFrom", l.validFrom().toString());
        addDate(o, "validUntil", l.validUntil());
        licenses.add(o.add("status", l.status().name()));
      }
      JsonArrayBuilder compacts = Json.createArrayBuilder();
      for (CompactPrivilege p : c.compactPrivileges()) {
        JsonArrayBuilder members = Json.createArrayBuilder();
        CompactRegistry.standard()
            .find(p.compact())
            .ifPresent(k -> k.members().forEach(j -> members.add(j.code())));
        JsonObjectBuilder o =
            Json.createObjectBuilder()
                .add("name", p.compact())
                .add("homeJurisdiction", p.homeJurisdiction().code())
                .add("jurisdictions", members)
                .add("validFrom", p.validFrom().toString());
        addDate(o, "validUntil", p.validUntil());
        compacts.add(o.add("status", p.status().name()));
      }
      out.add(
          Json.createObjectBuilder()
              .add("id", c.id().value())
              .add("zone", c.zone().getId())
              .add("credential", c.credential().name())
              .add("licenses", licenses)
              .add("compacts", compacts));
    }
    return out;
  }

  private static JsonArrayBuilder sessions(DemoResult r) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    List<Session> sorted =
        r.sessions.values().stream()
            .sorted(
                java.util.Comparator.comparing(Session::start).thenComparing(s -> s.id().value()))
            .toList();
    for (Session s : sorted) {
      JsonArrayBuilder facilitators = Json.createArrayBuilder();
      s.facilitators().forEach(f -> facilitators.add(f.value()));
      JsonArrayBuilder people = Json.createArrayBuilder();
      r.locations
          .getOrDefault(s.id(), Map.of())
          .forEach(
              (p, j) ->
                  people.add(
                      Json.createObjectBuilder()
                          .add("id", p.value())
                          .add("jurisdiction", j.code())
                          .add("attendance", attendance(r, s, p))
                          .add("minutesAttended", minutes(r, s, p))));
      JsonArrayBuilder support = Json.createArrayBuilder();
      s.supportPersons().forEach(x -> support.add(x.value()));
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("id", s.id().value())
              .add("kind", s.kind().name())
              .add("modality", s.modality().name())
              .add("status", s.status().name())
              .add("start", s.start().toString())
              .add("end", s.end().toString())
              .add("zone", s.zone().getId())
              .add("facilitators", facilitators)
              .add("participants", people)
              .add("supportPersons", support);
      if (s.cohort() != null) {
        o.add("cohort", s.cohort().value());
      }
      out.add(o);
    }
    return out;
  }

  private static String attendance(DemoResult r, Session s, ParticipantId p) {
    return r.held.stream()
        .filter(h -> h.session().id().equals(s.id()) && p.equals(h.attendance().participant()))
        .map(h -> h.attendance().status().name())
        .findFirst()
        .orElse("UNKNOWN");
  }

  private static int minutes(DemoResult r, Session s, ParticipantId p) {
    return r.held.stream()
        .filter(h -> h.session().id().equals(s.id()) && p.equals(h.attendance().participant()))
        .mapToInt(h -> h.attendance().minutesAttended())
        .findFirst()
        .orElse(0);
  }

  private static JsonArrayBuilder refusals(DemoResult r) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (DemoResult.Refusal x : r.refusals) {
      out.add(
          Json.createObjectBuilder()
              .add("session", x.session().value())
              .add("participant", x.participant().value())
              .add("violations", findings(x.violations()))
              .add("action", x.action()));
    }
    return out;
  }

  private static JsonArrayBuilder findings(List<RuleViolation> violations) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (RuleViolation v : violations) {
      JsonArrayBuilder people = Json.createArrayBuilder();
      v.people().forEach(p -> people.add(p.value()));
      JsonObjectBuilder o =
          Json.createObjectBuilder()
              .add("rule", v.ruleId())
              .add("severity", v.severity().name())
              .add("people", people)
              .add("message", v.message());
      if (v.sessionId() != null) {
        o.add("session", v.sessionId().value());
      }
      out.add(o);
    }
    return out;
  }

  private static JsonArrayBuilder risks(DemoResult r) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (DemoResult.Risk x : r.risks) {
      out.add(
          Json.createObjectBuilder()
              .add("id", x.signal().id().value())
              .add("participant", x.signal().participant().value())
              .add("level", x.signal().level().name())
              .add("source", x.signal().source().name())
              .add("trigger", x.signal().trigger())
              .add("raisedAt", x.signal().raisedAt().toString())
              .add("acknowledgedBy", x.acknowledgedBy().value())
              .add("acknowledgedAt", x.acknowledgedAt().toString())
              .add("deliveryAttempts", x.attempts()));
    }
    return out;
  }

  private static JsonArrayBuilder notes(DemoResult r) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (NoteDesk.Written w : r.notes) {
      JsonArrayBuilder readers = Json.createArrayBuilder();
      for (Principal p : w.readers()) {
        readers.add(p.text());
      }
      out.add(
          Json.createObjectBuilder()
              .add("file", w.file())
              .add("note", w.note().value())
              .add("kind", w.kind())
              .add("participant", w.participant().value())
              .add("author", w.author().text())
              .add("readers", readers));
    }
    return out;
  }

  private static JsonValue chat(NoteDesk.Chat c) {
    if (c == null) {
      return JsonValue.NULL;
    }
    JsonArrayBuilder before = Json.createArrayBuilder();
    c.membersBefore().forEach(p -> before.add(p.text()));
    JsonArrayBuilder after = Json.createArrayBuilder();
    c.membersAfter().forEach(p -> after.add(p.text()));
    return Json.createObjectBuilder()
        .add("thread", c.thread())
        .add("epochs", 2)
        .add("membersBefore", before)
        .add("membersAfter", after)
        .add("removed", c.removed().text())
        .add("messagesBeforeRemoval", c.messagesBefore())
        .add("messagesAfterRemoval", c.messagesAfter())
        .add("deliveries", c.deliveries())
        .add("removedMemberLockedOut", c.removedLockedOut())
        .build();
  }

  private static JsonArrayBuilder strings(List<String> s) {
    JsonArrayBuilder out = Json.createArrayBuilder();
    s.forEach(out::add);
    return out;
  }

  private static JsonObjectBuilder behaviours(DemoResult r) {
    JsonObjectBuilder o = Json.createObjectBuilder();
    r.behaviours.forEach((k, v) -> o.add(k.name().toLowerCase(Locale.ROOT).replace('_', '-'), v));
    return o;
  }

  private static void addDate(JsonObjectBuilder o, String name, LocalDate date) {
    if (date == null) {
      o.addNull(name);
    } else {
      o.add(name, date.toString());
    }
  }

  static BigDecimal hours(Duration d) {
    return BigDecimal.valueOf(d.toMinutes())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }
}
