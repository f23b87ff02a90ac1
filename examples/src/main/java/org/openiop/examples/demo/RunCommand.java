package org.openiop.examples.demo;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.openiop.core.ClinicianId;
import org.openiop.core.ParticipantId;
import org.openiop.core.interop.CalendarEntry;
import org.openiop.core.interop.CalendarExporter;
import org.openiop.core.program.Session;
import org.openiop.examples.demo.DemoWorld.Referral;
import org.openiop.video.testing.MutableClock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code iop-demo run}: simulates the cohort and writes every output into {@code --out}. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = "Simulates a virtual IOP end to end and writes its outputs into --out.")
final class RunCommand implements Callable<Integer> {
  /** The Monday the simulated program starts. */
  static final LocalDate PROGRAM_START = LocalDate.of(2026, 4, 6);

  @Spec CommandSpec spec;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "output directory (default: ${DEFAULT-VALUE})")
  Path out = Path.of("iop-demo-out");

  @Option(
      names = "--seed",
      description = "seed for ids, names, scores and attendance (default: ${DEFAULT-VALUE})")
  long seed = 42;

  @Option(names = "--weeks", description = "program weeks, 1-12 (default: ${DEFAULT-VALUE})")
  int weeks = 4;

  @Option(names = "--participants", description = "referrals, 3-40 (default: ${DEFAULT-VALUE})")
  int participants = 12;

  @Option(names = "--video", description = "video provider: loopback (default) or janus")
  String video = "loopback";

  @Option(names = "--janus-url", paramLabel = "URL", description = "Janus HTTP API URL")
  String janusUrl;

  @Option(names = "--janus-admin-key", paramLabel = "KEY", description = "Janus room admin key")
  String janusAdminKey;

  @Option(
      names = "--janus-token-secret",
      paramLabel = "SECRET",
      description =
          "Janus token_auth_secret, if token auth is on (default: $OPENIOP_JANUS_TOKEN_SECRET)")
  String janusTokenSecret = System.getenv("OPENIOP_JANUS_TOKEN_SECRET");

  @Override
  public Integer call() throws Exception {
    PrintWriter console = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    DemoOptions options;
    try {
      options =
          new DemoOptions(
              out,
              seed,
              weeks,
              participants,
              "janus".equals(video) ? janusStart() : PROGRAM_START,
              video,
              janusUrl,
              janusAdminKey,
              janusTokenSecret);
    } catch (IllegalArgumentException e) {
      err.println("run: " + e.getMessage());
      return 2;
    }
    Outputs layout = new Outputs(out);
    Files.createDirectories(layout.logs);
    Path logFile = layout.logs.resolve("openiop.log");
    long began = System.nanoTime();
    Simulation simulation;
    DemoResult result;
    List<Path> charts;
    int calendars;
    PrintStream previous = System.err;
    try (OutputStream file =
            Files.newOutputStream(
                logFile, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING);
        PrintStream log = new PrintStream(file, true, StandardCharsets.UTF_8)) {
      System.setErr(log);
      try {
        simulation = new Simulation(options);
        result = simulation.run();
        Files.writeString(
            out.resolve("summary.json"),
            Outputs.pretty(SummaryJson.build(options, simulation.world(), result)),
            StandardCharsets.UTF_8);
        calendars = writeCalendars(layout, simulation.world(), result);
        charts = ProgressReport.write(layout.report, result);
      } finally {
        System.setErr(previous);
      }
    }
    printSummary(
        console,
        options,
        simulation.world(),
        result,
        calendars,
        charts.size(),
        Duration.ofNanos(System.nanoTime() - began));
    return 0;
  }

  /**
   * With Janus the simulated clock must not run behind the real one, because Janus checks the
   * signed tokens' expiry against its own clock: the program then starts on the first Monday at
   * least 22 days from today (referrals are simulated three weeks before the start).
   */
  static LocalDate janusStart() {
    return LocalDate.now(java.time.ZoneOffset.UTC)
        .plusDays(22)
        .with(java.time.temporal.TemporalAdjusters.nextOrSame(java.time.DayOfWeek.MONDAY));
  }

  private static int writeCalendars(Outputs layout, DemoWorld world, DemoResult r)
      throws Exception {
    CalendarExporter ics =
        CalendarExporter.builder(
                MutableClock.at(
                    r.sessions.values().stream()
                        .map(Session::end)
                        .max(java.util.Comparator.naturalOrder())
                        .orElse(java.time.Instant.EPOCH)))
            .uidDomain("iop-demo.invalid")
            .build();
    Map<ParticipantId, List<CalendarEntry>> byParticipant = new LinkedHashMap<>();
    Map<ClinicianId, List<CalendarEntry>> byClinician = new LinkedHashMap<>();
    for (Session s : r.sessions.values()) {
      CalendarEntry e = CalendarEntry.booked(s, null);
      s.participants()
          .forEach(p -> byParticipant.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
      s.facilitators().forEach(c -> byClinician.computeIfAbsent(c, k -> new ArrayList<>()).add(e));
    }
    int n = 0;
    for (Map.Entry<ParticipantId, List<CalendarEntry>> e : byParticipant.entrySet()) {
      Files.writeString(
          layout.calendars.resolve(e.getKey().value() + ".ics"),
          ics.forParticipant(e.getKey(), e.getValue()),
          StandardCharsets.UTF_8);
      n++;
    }
    for (Map.Entry<ClinicianId, List<CalendarEntry>> e : byClinician.entrySet()) {
      Files.writeString(
          layout.calendars.resolve(e.getKey().value() + ".ics"),
          ics.forClinician(e.getKey(), e.getValue()),
          StandardCharsets.UTF_8);
      n++;
    }
    return n;
  }

  private static void printSummary(
      PrintWriter c,
      DemoOptions o,
      DemoWorld world,
      DemoResult r,
      int calendars,
      int charts,
      Duration took) {
    c.printf(
        Locale.ROOT,
        "OpenIOP iop-demo: seed %d, %d weeks from %s, %d referrals, video %s%n",
        o.seed(),
        o.weeks(),
        o.programStart(),
        o.participants(),
        o.video());
    c.println();
    c.println("Clinicians");
    world
        .clinicians()
        .forEach(
            x ->
                c.printf(
                    Locale.ROOT,
                    "  %-26s %-20s licences %s%s%n",
                    x.id().value(),
                    x.zone().getId(),
                    x.licenses().stream()
                        .map(l -> l.jurisdiction().code())
                        .collect(Collectors.joining(",")),
                    x.compactPrivileges().isEmpty()
                        ? ""
                        : " + " + x.compactPrivileges().get(0).compact() + " privilege"));
    c.println();
    c.println("Placements");
    for (Referral ref : world.referrals) {
      DemoResult.Placement p = r.placements.get(ref.id());
      String where = ref.profile().home.code() + " " + ref.participant().homeZone().getId();
      if (p.cohortTrack() == null) {
        c.printf(
            Locale.ROOT,
            "  %-26s %-26s referred elsewhere: %s (%s)%n",
            ref.id().value(),
            where,
            p.recommendation().level(),
            p.recommendation().reasons().stream()
                .map(x -> x.code())
                .collect(Collectors.joining(", ")));
      } else {
        c.printf(
            Locale.ROOT,
            "  %-26s %-26s %-16s %s%n",
            ref.id().value(),
            where,
            p.cohortTrack(),
            p.enrollment().status());
      }
    }
    c.println();
    c.printf(
        Locale.ROOT,
        "Schedule: %d sessions held; %d bookings refused by the rules%n",
        r.sessions.size(),
        r.refusals.size());
    for (DemoResult.Refusal x : r.refusals) {
      c.printf(
          Locale.ROOT,
          "  %s into %s: [%s] %s%n    -> %s%n",
          x.participant().value(),
          x.session().value(),
          x.violations().get(0).ruleId(),
          x.violations().get(0).message(),
          x.action());
    }
    if (!r.calendarFindings.isEmpty()) {
      c.println("Calendar findings");
      r.calendarFindings.forEach(
          v -> c.printf(Locale.ROOT, "  [%s %s] %s%n", v.ruleId(), v.severity(), v.message()));
    }
    c.println();
    c.println("Hours per participant (scheduled / attended)");
    r.weeks.forEach(
        (p, w) -> {
          Duration s = Duration.ZERO;
          Duration a = Duration.ZERO;
          for (Duration[] h : w.values()) {
            s = s.plus(h[0]);
            a = a.plus(h[1]);
          }
          c.printf(
              Locale.ROOT,
              "  %-26s %6s / %6s h%n",
              p.value(),
              SummaryJson.hours(s),
              SummaryJson.hours(a));
        });
    c.printf(Locale.ROOT, "  attendance script: %s%n", r.behaviours);
    c.println();
    c.println("Risk signals");
    if (r.risks.isEmpty()) {
      c.println("  none");
    }
    r.risks.forEach(
        x ->
            c.printf(
                Locale.ROOT,
                "  %s %s %s (%s), acknowledged by %s after %d min%n",
                x.signal().id().value(),
                x.signal().participant().value(),
                x.signal().level(),
                x.signal().trigger(),
                x.acknowledgedBy().value(),
                Duration.between(x.signal().raisedAt(), x.acknowledgedAt()).toMinutes()));
    c.println();
    c.printf(Locale.ROOT, "Written to %s%n", o.out().toAbsolutePath().normalize());
    c.printf(Locale.ROOT, "  summary.json%n  notes/        %d sealed notes%n", r.notes.size());
    c.printf(Locale.ROOT, "  keys/         %d insecure key files (demo only)%n", r.identities);
    c.printf(Locale.ROOT, "  directory/    public key directory%n");
    c.printf(
        Locale.ROOT, "  audit/        %d audit entries, hash-chained and signed%n", r.auditEntries);
    c.printf(Locale.ROOT, "  calendars/    %d iCalendar feeds%n", calendars);
    c.printf(Locale.ROOT, "  fhir/         bundle.json (FHIR R4)%n");
    c.printf(Locale.ROOT, "  report/       index.html with %d progress charts%n", charts);
    c.printf(Locale.ROOT, "  logs/         openiop.log%n");
    c.printf(
        Locale.ROOT,
        "  plans: %d, reminders delivered: %d of %d planned%n",
        r.plans.size(),
        r.remindersDelivered,
        r.remindersPlanned);
    if (r.chat != null) {
      c.printf(
          Locale.ROOT,
          "  group chat %s: %d members, %s removed, locked out of the new epoch: %s%n",
          r.chat.thread(),
          r.chat.membersBefore().size(),
          r.chat.removed().text(),
          r.chat.removedLockedOut());
    }
    c.printf(Locale.ROOT, "Done in %.1f s.%n", took.toMillis() / 1000.0);
    c.flush();
  }
}
