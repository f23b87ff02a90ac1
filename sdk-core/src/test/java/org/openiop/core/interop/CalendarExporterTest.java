package org.openiop.core.interop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.CohortId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.program.Modality;
import org.openiop.core.program.Session;
import org.openiop.core.program.SessionKind;
import org.openiop.core.program.SessionStatus;

class CalendarExporterTest {
  static final ZoneId NY = ZoneId.of("America/New_York");
  static final ParticipantId ALEX = ParticipantId.of("par_1");
  static final ParticipantId SAM = ParticipantId.of("par_2");
  static final ClinicianId DANA = ClinicianId.of("cln_1");
  static final SupportPersonId MARIA = SupportPersonId.of("sup_1");
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-01T12:00:00Z"), ZoneOffset.UTC);

  final CalendarExporter exporter =
      CalendarExporter.builder(CLOCK).uidDomain("iop.example.org").build();

  static Session session(String id, ZonedDateTime start, SessionKind kind, String topic) {
    return new Session(
        SessionId.of(id),
        CohortId.of("coh_1"),
        kind,
        Modality.DBT,
        topic,
        start.toInstant(),
        start.getZone(),
        Duration.ofMinutes(50),
        List.of(DANA),
        List.of(ALEX, SAM),
        kind.admitsSupportPersons() ? List.of(MARIA) : List.of(),
        SessionStatus.SCHEDULED,
        false);
  }

  static Calendar parse(String ics) throws Exception {
    return new CalendarBuilder().build(new StringReader(ics));
  }

  static List<VEvent> events(Calendar c) {
    return c.getComponents("VEVENT");
  }

  static String prop(VEvent e, String name) {
    return e.getProperty(name).map(Property::getValue).orElse("");
  }

  static ZonedDateTime start(VEvent e) {
    Temporal t = e.getDateTimeStart().getDate();
    return (ZonedDateTime) t;
  }

  @Test
  void weeklyEveningGroupKeepsSixPmLocalAcrossTheSpringDstChange() throws Exception {
    List<CalendarEntry> entries = new ArrayList<>();
    ZonedDateTime first = ZonedDateTime.of(2026, 2, 23, 18, 0, 0, 0, NY);
    for (int week = 0; week < 4; week++) {
      entries.add(
          CalendarEntry.booked(
              session("ses_w" + week, first.plusWeeks(week), SessionKind.GROUP, "DBT group"),
              null));
    }

    Calendar back = parse(exporter.forParticipant(ALEX, entries));

    assertThat(back.validate().getEntries()).isEmpty();
    assertThat(back.getComponents("VTIMEZONE")).hasSize(1);
    VTimeZone tz = (VTimeZone) back.getComponents("VTIMEZONE").get(0);
    assertThat(tz.getTimeZoneId().getValue()).isEqualTo("America/New_York");
    List<VEvent> events = events(back);
    assertThat(events).hasSize(4);
    for (VEvent e : events) {
      assertThat(start(e).toLocalTime()).isEqualTo(LocalTime.of(18, 0));
      assertThat(e.getDateTimeStart().getParameter("TZID").orElseThrow().getValue())
          .isEqualTo("America/New_York");
    }
    // DST began on 2026-03-08: the same local time is an hour earlier in UTC afterwards.
    assertThat(start(events.get(1)).toInstant()).isEqualTo(Instant.parse("2026-03-02T23:00:00Z"));
    assertThat(start(events.get(2)).toInstant()).isEqualTo(Instant.parse("2026-03-09T22:00:00Z"));
  }

  @Test
  void summaryDescriptionAndLocationCarryNoTopicKindOrNames() throws Exception {
    Session s =
        session(
            "ses_fam",
            ZonedDateTime.of(2026, 3, 5, 18, 0, 0, 0, NY),
            SessionKind.MULTI_FAMILY_GROUP,
            "Family DBT for self-harm");

    String ics = exporter.forSupportPerson(MARIA, List.of(CalendarEntry.booked(s, null)));

    VEvent e = events(parse(ics)).get(0);
    assertThat(prop(e, "SUMMARY")).isEqualTo("Appointment");
    assertThat(prop(e, "LOCATION")).isEqualTo("Online");
    assertThat(prop(e, "DESCRIPTION")).isEqualTo("Join from your care app.");
    String lower = ics.toLowerCase(Locale.ROOT);
    for (String leak :
        List.of("dbt", "self-harm", "family", "group", "par_", "cln_", "sup_1", "attendee")) {
      assertThat(lower).doesNotContain(leak);
    }
  }

  @Test
  void uidStaysStableAndSequenceRisesWhenASessionIsRescheduledThenCancelled() throws Exception {
    Session s =
        session("ses_1", ZonedDateTime.of(2026, 3, 2, 18, 0, 0, 0, NY), SessionKind.GROUP, "x");
    CalendarEntry booked = CalendarEntry.booked(s, URI.create("https://video.example/j/abc"));
    Session moved =
        new Session(
            s.id(),
            s.cohort(),
            s.kind(),
            s.modality(),
            s.topic(),
            s.start().plus(Duration.ofDays(1)),
            s.zone(),
            s.duration(),
            s.facilitators(),
            s.participants(),
            s.supportPersons(),
            s.status(),
            false);
    CalendarEntry rescheduled = booked.revised(moved);
    CalendarEntry cancelled = rescheduled.revised(moved.withStatus(SessionStatus.CANCELLED));

    VEvent v0 = events(parse(exporter.forParticipant(ALEX, List.of(booked)))).get(0);
    VEvent v1 = events(parse(exporter.forParticipant(ALEX, List.of(rescheduled)))).get(0);
    VEvent v2 = events(parse(exporter.forClinician(DANA, List.of(cancelled)))).get(0);

    assertThat(prop(v0, "UID")).isEqualTo("ses_1@iop.example.org");
    assertThat(prop(v1, "UID")).isEqualTo(prop(v0, "UID"));
    assertThat(prop(v2, "UID")).isEqualTo(prop(v0, "UID"));
    assertThat(prop(v0, "SEQUENCE")).isEqualTo("0");
    assertThat(prop(v1, "SEQUENCE")).isEqualTo("1");
    assertThat(prop(v2, "SEQUENCE")).isEqualTo("2");
    assertThat(prop(v0, "STATUS")).isEqualTo("CONFIRMED");
    assertThat(prop(v2, "STATUS")).isEqualTo("CANCELLED");
    assertThat(start(v1).toLocalDateTime()).isEqualTo(LocalDateTime.of(2026, 3, 3, 18, 0));
    assertThat(prop(v0, "URL")).isEqualTo("https://video.example/j/abc");
    assertThat(prop(v0, "DESCRIPTION")).isEqualTo("Join online: https://video.example/j/abc");
    assertThat(prop(v0, "DTSTAMP")).isEqualTo("20260201T120000Z");
  }

  @Test
  void eachPersonSeesOnlyTheirOwnSessions() throws Exception {
    Session group =
        session("ses_g", ZonedDateTime.of(2026, 3, 2, 18, 0, 0, 0, NY), SessionKind.GROUP, "x");
    Session family =
        session(
            "ses_f",
            ZonedDateTime.of(2026, 3, 5, 18, 0, 0, 0, NY),
            SessionKind.MULTI_FAMILY_GROUP,
            "x");
    List<CalendarEntry> all =
        List.of(CalendarEntry.booked(group, null), CalendarEntry.booked(family, null));

    assertThat(events(parse(exporter.forParticipant(ALEX, all)))).hasSize(2);
    assertThat(events(parse(exporter.forSupportPerson(MARIA, all))))
        .extracting(e -> prop(e, "UID"))
        .containsExactly("ses_f@iop.example.org");
    assertThat(events(parse(exporter.forParticipant(ParticipantId.of("par_9"), all)))).isEmpty();
  }

  @Test
  void aSummaryWithMarkupOrALinkIsRefused() {
    assertThatThrownBy(() -> CalendarExporter.builder(CLOCK).summary("DBT: <b>group</b>"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("summary");
    assertThatThrownBy(
            () ->
                CalendarEntry.booked(
                    session(
                        "ses_1",
                        ZonedDateTime.of(2026, 3, 2, 18, 0, 0, 0, NY),
                        SessionKind.GROUP,
                        "x"),
                    URI.create("http://insecure.example/j")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("joinLink");
  }
}
