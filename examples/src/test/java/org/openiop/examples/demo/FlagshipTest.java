package org.openiop.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.spec.X509EncodedKeySpec;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openiop.core.privacy.audit.AuditVerification;
import org.openiop.core.privacy.audit.CheckpointVerifier;
import org.openiop.core.privacy.audit.FileAuditSink;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.notes.SealedNote;

/**
 * Runs the flagship into a temporary directory and checks its outputs: every file present and
 * parseable, the documented summary fields, attendance and hours consistent with the sessions, the
 * schedule auditable from summary.json alone, and no seeded PHI in the log or on the console.
 */
class FlagshipTest {
  private static DemoRuns.Run run;
  private static JsonObject summary;

  @BeforeAll
  static void runTheFlagship() throws Exception {
    run = DemoRuns.shared();
    summary = KeyFiles.readJson(run.dir().resolve("summary.json"));
  }

  private static List<Path> files(String dir, String suffix) throws Exception {
    try (Stream<Path> s = Files.list(run.dir().resolve(dir))) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }

  @Test
  void theRunPrintsAReadableSummaryAndWritesEveryOutput() {
    assertThat(run.outcome().out())
        .contains("Placements", "referred elsewhere", "Hours per participant", "Risk signals")
        .contains("Written to");
    for (String f :
        List.of(
            "summary.json",
            "notes",
            "keys",
            "directory/directory.json",
            "audit/audit.log",
            "audit/checkpoint-key.pub",
            "calendars",
            "fhir/bundle.json",
            "report/index.html",
            "logs/openiop.log")) {
      assertThat(run.dir().resolve(f)).exists();
    }
  }

  @Test
  void summaryHoldsTheDocumentedFields() {
    JsonArray participants = summary.getJsonArray("participants");
    assertThat(participants).hasSize(12);
    Set<String> zones = new HashSet<>();
    int elsewhere = 0;
    for (JsonValue v : participants) {
      JsonObject p = v.asJsonObject();
      assertThat(p.getString("id")).startsWith("par_");
      zones.add(ZoneId.of(p.getString("zone")).getId());
      assertThat(p.getString("ageGroup")).isIn("adult", "adolescent");
      for (JsonValue w : p.getJsonArray("weeks")) {
        JsonObject week = w.asJsonObject();
        assertThat(LocalDate.parse(week.getString("weekStart")).getDayOfWeek())
            .isEqualTo(DayOfWeek.MONDAY);
        assertThat(week.getJsonNumber("scheduledHours").doubleValue()).isPositive();
        assertThat(week.getJsonNumber("attendedHours").doubleValue()).isNotNegative();
      }
      assertThat(p.getJsonArray("scores")).isNotEmpty();
      if (p.getString("placement").equals("referred-elsewhere")) {
        elsewhere++;
        assertThat(p.getJsonArray("reasons")).isNotEmpty();
        assertThat(p.getJsonObject("enrollment").getString("status")).isEqualTo("DECLINED");
      } else {
        assertThat(p.getJsonArray("weeks")).hasSize(4);
        assertThat(p.getJsonObject("enrollment").getString("status")).isEqualTo("STEPPED_DOWN");
      }
    }
    assertThat(elsewhere).isGreaterThanOrEqualTo(2);
    assertThat(zones).hasSizeGreaterThanOrEqualTo(3);

    JsonArray clinicians = summary.getJsonArray("clinicians");
    assertThat(clinicians).hasSize(3);
    Set<Set<String>> licenceSets = new HashSet<>();
    int withCompact = 0;
    for (JsonValue v : clinicians) {
      JsonObject c = v.asJsonObject();
      assertThat(c.getString("id")).startsWith("cln_");
      ZoneId.of(c.getString("zone"));
      Set<String> jurisdictions = new HashSet<>();
      for (JsonValue l : c.getJsonArray("licenses")) {
        String j = l.asJsonObject().getString("jurisdiction");
        assertThat(j).matches("US-[A-Z]{2}");
        jurisdictions.add(j);
        LocalDate.parse(l.asJsonObject().getString("validFrom"));
        assertThat(l.asJsonObject()).containsKey("validUntil");
      }
      licenceSets.add(jurisdictions);
      for (JsonValue k : c.getJsonArray("compacts")) {
        withCompact++;
        assertThat(k.asJsonObject().getString("name")).isEqualTo("PSYPACT");
        assertThat(k.asJsonObject().getJsonArray("jurisdictions")).isNotEmpty();
        LocalDate.parse(k.asJsonObject().getString("validFrom"));
        LocalDate.parse(k.asJsonObject().getString("validUntil"));
      }
    }
    assertThat(licenceSets).hasSize(3);
    assertThat(withCompact).isEqualTo(1);

    JsonArray sessions = summary.getJsonArray("sessions");
    assertThat(sessions).isNotEmpty();
    Set<String> kinds = new HashSet<>();
    for (JsonValue v : sessions) {
      JsonObject s = v.asJsonObject();
      kinds.add(s.getString("kind"));
      assertThat(s.getString("status")).isEqualTo("COMPLETED");
      assertThat(Instant.parse(s.getString("end"))).isAfter(Instant.parse(s.getString("start")));
      ZoneId.of(s.getString("zone"));
      assertThat(s.getJsonArray("facilitators")).isNotEmpty();
      for (JsonValue p : s.getJsonArray("participants")) {
        assertThat(p.asJsonObject().getString("jurisdiction")).matches("US-[A-Z]{2}");
      }
    }
    assertThat(kinds).contains("GROUP", "INDIVIDUAL", "FAMILY");

    JsonArray risks = summary.getJsonArray("riskSignals");
    assertThat(risks).hasSize(1);
    assertThat(risks.getJsonObject(0).getString("trigger")).isEqualTo("phq-9:self-harm-thoughts");
    assertThat(risks.getJsonObject(0).getString("acknowledgedBy")).startsWith("cln_");
  }

  @Test
  void theTravellersTripWeekGroupsAreRefusedByLicensureAndReplacedUnderPsypact() {
    JsonArray refusals = summary.getJsonArray("bookingRefusals");
    assertThat(refusals).isNotEmpty();
    for (JsonValue v : refusals) {
      JsonObject r = v.asJsonObject();
      assertThat(r.getJsonArray("violations").getJsonObject(0).getString("rule"))
          .isEqualTo("licensure");
      assertThat(r.getJsonArray("violations").getJsonObject(0).getString("message"))
          .contains("holds no licence or compact privilege for US-AZ");
      assertThat(r.getString("action")).contains("under PSYPACT");
    }
    assertThat(run.outcome().out()).contains("[licensure]");
  }

  @Test
  void everyFacilitatorIsAuthorisedWhereEachParticipantIsAccordingToSummaryAlone() {
    Map<String, JsonObject> clinicians = new HashMap<>();
    summary
        .getJsonArray("clinicians")
        .forEach(v -> clinicians.put(v.asJsonObject().getString("id"), v.asJsonObject()));
    int checked = 0;
    for (JsonValue v : summary.getJsonArray("sessions")) {
      JsonObject s = v.asJsonObject();
      LocalDate day = Instant.parse(s.getString("start")).atZone(ZoneId.of("UTC")).toLocalDate();
      for (JsonValue f : s.getJsonArray("facilitators")) {
        JsonObject c = clinicians.get(((jakarta.json.JsonString) f).getString());
        for (JsonValue p : s.getJsonArray("participants")) {
          String j = p.asJsonObject().getString("jurisdiction");
          assertThat(authorised(c, j, day))
              .as("%s in %s on %s", c.getString("id"), j, day)
              .isTrue();
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(100);
  }

  private static boolean authorised(JsonObject clinician, String jurisdiction, LocalDate day) {
    for (JsonValue l : clinician.getJsonArray("licenses")) {
      JsonObject o = l.asJsonObject();
      if (o.getString("jurisdiction").equals(jurisdiction) && covers(o, day)) {
        return true;
      }
    }
    for (JsonValue k : clinician.getJsonArray("compacts")) {
      JsonObject o = k.asJsonObject();
      boolean member =
          o.getJsonArray("jurisdictions").stream()
              .anyMatch(x -> ((jakarta.json.JsonString) x).getString().equals(jurisdiction));
      if (member && covers(o, day)) {
        return true;
      }
    }
    return false;
  }

  private static boolean covers(JsonObject o, LocalDate day) {
    boolean from = !day.isBefore(LocalDate.parse(o.getString("validFrom")).minusDays(1));
    boolean until =
        o.isNull("validUntil")
            || !day.isAfter(LocalDate.parse(o.getString("validUntil")).plusDays(1));
    return from && until;
  }

  @Test
  void attendanceAndHoursAreConsistentWithTheSessions() {
    Map<String, ZoneId> zones = new HashMap<>();
    Map<String, Map<LocalDate, long[]>> minutes = new HashMap<>();
    summary
        .getJsonArray("participants")
        .forEach(
            v ->
                zones.put(
                    v.asJsonObject().getString("id"),
                    ZoneId.of(v.asJsonObject().getString("zone"))));
    for (JsonValue v : summary.getJsonArray("sessions")) {
      JsonObject s = v.asJsonObject();
      Instant start = Instant.parse(s.getString("start"));
      long length = Duration.between(start, Instant.parse(s.getString("end"))).toMinutes();
      for (JsonValue p : s.getJsonArray("participants")) {
        JsonObject o = p.asJsonObject();
        int attended = o.getInt("minutesAttended");
        String status = o.getString("attendance");
        assertThat(status).isIn("PRESENT", "LATE", "LEFT_EARLY", "NO_SHOW");
        assertThat(attended).isBetween(0, (int) length);
        if (status.equals("NO_SHOW")) {
          assertThat(attended).isZero();
        }
        if (status.equals("PRESENT")) {
          assertThat(attended).isGreaterThan((int) length - 5);
        }
        LocalDate week =
            start
                .atZone(zones.get(o.getString("id")))
                .toLocalDate()
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        long[] m =
            minutes
                .computeIfAbsent(o.getString("id"), k -> new HashMap<>())
                .computeIfAbsent(week, k -> new long[2]);
        m[0] += length;
        m[1] += attended;
      }
    }
    for (JsonValue v : summary.getJsonArray("participants")) {
      JsonObject p = v.asJsonObject();
      for (JsonValue w : p.getJsonArray("weeks")) {
        JsonObject week = w.asJsonObject();
        long[] m = minutes.get(p.getString("id")).get(LocalDate.parse(week.getString("weekStart")));
        double scheduled = week.getJsonNumber("scheduledHours").doubleValue();
        double attended = week.getJsonNumber("attendedHours").doubleValue();
        assertThat(scheduled).isCloseTo(m[0] / 60.0, org.assertj.core.data.Offset.offset(0.006));
        assertThat(attended).isCloseTo(m[1] / 60.0, org.assertj.core.data.Offset.offset(0.006));
        assertThat(attended).isLessThanOrEqualTo(scheduled);
      }
    }
    JsonObject script = summary.getJsonObject("attendanceScript");
    for (String behaviour : List.of("late", "reconnect", "leave-early", "no-show")) {
      assertThat(script.getInt(behaviour)).as(behaviour).isPositive();
    }
  }

  @Test
  void everyNoteParsesAndKeysHoldExactlyOneFilePerIdentity() throws Exception {
    List<Path> notes = files("notes", ".json");
    assertThat(notes).hasSize(summary.getJsonArray("notes").size()).hasSizeGreaterThan(10);
    Set<String> kinds = new HashSet<>();
    summary.getJsonArray("notes").forEach(v -> kinds.add(v.asJsonObject().getString("kind")));
    assertThat(kinds).containsExactlyInAnyOrder("progress", "family", "group");
    for (Path n : notes) {
      SealedNote sealed = SealedNote.parse(Files.readAllBytes(n));
      assertThat(sealed.readers()).isNotEmpty();
    }
    JsonObject directory = KeyFiles.readJson(run.dir().resolve("directory/directory.json"));
    Set<String> principals = new HashSet<>();
    directory
        .getJsonArray("bundles")
        .forEach(v -> principals.add(v.asJsonObject().getString("principal")));
    List<Path> keys = files("keys", ".json");
    try (Stream<Path> all = Files.list(run.dir().resolve("keys"))) {
      assertThat(all.count()).isEqualTo(principals.size());
    }
    Set<String> owners = new HashSet<>();
    for (Path k : keys) {
      Identity id = KeyFiles.readIdentity(k);
      owners.add(id.principal().text());
      assertThat(Files.readString(k)).contains("INSECURE");
    }
    assertThat(owners).isEqualTo(principals);
  }

  @Test
  void theAuditTrailCalendarsAndReportParse() throws Exception {
    byte[] der =
        Base64.getDecoder()
            .decode(Files.readString(run.dir().resolve("audit/checkpoint-key.pub")).strip());
    AuditVerification v =
        FileAuditSink.verify(
            run.dir().resolve("audit/audit.log"),
            CheckpointVerifier.ed25519(
                KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der))));
    assertThat(v.intact()).isTrue();
    assertThat(v.events()).isGreaterThan(100);

    List<Path> calendars = files("calendars", ".ics");
    assertThat(calendars).hasSizeGreaterThanOrEqualTo(10 + 3);
    for (Path c : calendars) {
      try (InputStream in = Files.newInputStream(c)) {
        Calendar cal = new CalendarBuilder().build(in);
        assertThat(cal.getComponents()).isNotEmpty();
      }
    }

    String html = Files.readString(run.dir().resolve("report/index.html"), StandardCharsets.UTF_8);
    List<Path> charts = files("report", ".png");
    assertThat(charts).hasSize(10);
    for (Path png : charts) {
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).isEqualTo(640);
      assertThat(html).contains("src=\"" + png.getFileName() + "\"");
    }
  }

  @Test
  void theFhirBundleAndTheGroupChatAreThere() throws Exception {
    JsonObject bundle = KeyFiles.readJson(run.dir().resolve("fhir/bundle.json"));
    assertThat(bundle.getString("resourceType")).isEqualTo("Bundle");
    Set<String> types = new HashSet<>();
    for (JsonValue e : bundle.getJsonArray("entry")) {
      types.add(e.asJsonObject().getJsonObject("resource").getString("resourceType"));
    }
    assertThat(types)
        .contains(
            "Patient",
            "Practitioner",
            "Appointment",
            "Encounter",
            "EpisodeOfCare",
            "QuestionnaireResponse",
            "Observation",
            "CarePlan",
            "Consent");

    JsonObject chat = summary.getJsonObject("groupChat");
    assertThat(chat.getJsonArray("membersAfter"))
        .hasSize(chat.getJsonArray("membersBefore").size() - 1)
        .doesNotContain(chat.get("removed"));
    assertThat(chat.getBoolean("removedMemberLockedOut")).isTrue();
    assertThat(chat.getInt("deliveries")).isPositive();
  }

  @Test
  void noSeededPhiReachesTheLogOrTheConsole() throws Exception {
    String log = Files.readString(run.dir().resolve("logs/openiop.log"), StandardCharsets.UTF_8);
    assertThat(log).contains("INFO").contains("par_");
    String console = run.outcome().out() + run.outcome().err();
    List<String> phi = run.world().phi();
    assertThat(phi).hasSizeGreaterThan(30);
    List<String> leaks = new ArrayList<>();
    for (String s : phi) {
      if (log.contains(s) || console.contains(s)) {
        leaks.add(s.length() + " chars");
      }
    }
    assertThat(leaks).as("seeded PHI found in the log or on the console").isEmpty();
    String summaryText = Files.readString(run.dir().resolve("summary.json"));
    for (String s : phi) {
      assertThat(summaryText.contains(s)).as("PHI in summary.json").isFalse();
    }
  }

  @Test
  void theSameSeedGivesTheSameScheduleAndOutcomes() throws Exception {
    DemoRuns.Run again = DemoRuns.run("42");
    assertThat(Files.readString(again.dir().resolve("summary.json")))
        .isEqualTo(Files.readString(run.dir().resolve("summary.json")));
  }
}
