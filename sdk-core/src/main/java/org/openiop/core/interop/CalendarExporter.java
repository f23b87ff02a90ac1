package org.openiop.core.interop;

import java.io.IOException;
import java.io.StringWriter;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Status;
import net.fortuna.ical4j.model.property.Transp;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.apiguardian.api.API;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.OpenIopException;
import org.openiop.core.ParticipantId;
import org.openiop.core.SupportPersonId;
import org.openiop.core.program.Session;

/**
 * Writes a person's sessions as an iCalendar (RFC 5545) feed with ical4j.
 *
 * <p>What goes in, per session: DTSTART and DTEND in the session's own zone with a matching
 * VTIMEZONE (so a weekly 6:00 PM group stays at 6:00 PM local across DST in every client), a UID
 * stable for the session's life ({@code <session id>@<uid domain>}), SEQUENCE from {@link
 * CalendarEntry#sequence()}, STATUS (TENTATIVE, CONFIRMED, or CANCELLED so clients strike it
 * through), and URL plus a DESCRIPTION line with the join link when there is one.
 *
 * <p>What never goes in: a calendar is often shared or shown on a lock screen, so SUMMARY is a
 * fixed neutral title ({@code "Appointment"} unless the host sets another), DESCRIPTION says only
 * how to join, LOCATION is {@code "Online"}, and there are no attendees, organiser, topic, kind,
 * modality or program name.
 *
 * <p>The feed is a plain published calendar (no METHOD, so no iTIP ORGANIZER is needed): clients
 * subscribe to it or import it. A person with no sessions gets a VCALENDAR without components.
 *
 * <pre>{@code
 * CalendarExporter ics = CalendarExporter.builder(clock).uidDomain("iop.example.org").build();
 * String feed = ics.forParticipant(participantId, entries);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CalendarExporter {
  private final Clock clock;
  private final String uidDomain;
  private final String summary;
  private final String productId;

  private CalendarExporter(Builder b) {
    this.clock = b.clock;
    this.uidDomain = b.uidDomain;
    this.summary = b.summary;
    this.productId = b.productId;
  }

  /**
   * A builder.
   *
   * @param clock stamps DTSTAMP; never {@code null}
   * @return a builder with uid domain {@code openiop.invalid} and summary {@code Appointment}
   */
  public static Builder builder(Clock clock) {
    return new Builder(clock);
  }

  /**
   * The sessions a participant is invited to.
   *
   * @param participant the participant; never {@code null}
   * @param entries sessions to choose from; never {@code null}
   * @return the iCalendar text
   */
  public String forParticipant(ParticipantId participant, List<CalendarEntry> entries) {
    Objects.requireNonNull(participant, "participant == null");
    return write(entries, s -> s.participants().contains(participant));
  }

  /**
   * The sessions a clinician facilitates.
   *
   * @param clinician the clinician; never {@code null}
   * @param entries sessions to choose from; never {@code null}
   * @return the iCalendar text
   */
  public String forClinician(ClinicianId clinician, List<CalendarEntry> entries) {
    Objects.requireNonNull(clinician, "clinician == null");
    return write(entries, s -> s.facilitators().contains(clinician));
  }

  /**
   * The sessions a support person is invited to.
   *
   * @param supportPerson the support person; never {@code null}
   * @param entries sessions to choose from; never {@code null}
   * @return the iCalendar text
   */
  public String forSupportPerson(SupportPersonId supportPerson, List<CalendarEntry> entries) {
    Objects.requireNonNull(supportPerson, "supportPerson == null");
    return write(entries, s -> s.supportPersons().contains(supportPerson));
  }

  private String write(List<CalendarEntry> entries, Predicate<Session> mine) {
    Objects.requireNonNull(entries, "entries == null");
    List<CalendarEntry> chosen = new ArrayList<>();
    Set<ZoneId> zones = new LinkedHashSet<>();
    for (CalendarEntry e : entries) {
      Objects.requireNonNull(e, "entries contains null");
      if (mine.test(e.session())) {
        chosen.add(e);
        zones.add(e.session().zone());
      }
    }
    TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
    Calendar calendar = new Calendar();
    calendar.add(new ProdId(productId));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    for (ZoneId zone : zones) {
      TimeZone tz = registry.getTimeZone(zone.getId());
      if (tz == null) {
        throw new OpenIopException("no VTIMEZONE definition for zone " + zone.getId());
      }
      calendar.add(tz.getVTimeZone());
    }
    DtStamp stamp = new DtStamp(clock.instant());
    for (CalendarEntry e : chosen) {
      calendar.add(event(e, stamp));
    }
    StringWriter out = new StringWriter();
    try {
      // RFC 5545 wants at least one component; an empty feed (nobody booked yet) is still written,
      // without ical4j's validation, because calendar clients accept it.
      new CalendarOutputter(!chosen.isEmpty()).output(calendar, out);
    } catch (IOException e) {
      throw new OpenIopException("cannot write iCalendar", e);
    }
    return out.toString();
  }

  private VEvent event(CalendarEntry e, DtStamp stamp) {
    Session s = e.session();
    VEvent event = new VEvent(s.start().atZone(s.zone()), s.end().atZone(s.zone()), summary);
    event.replace(stamp);
    event.add(new Uid(s.id().value() + "@" + uidDomain));
    event.add(new Sequence(e.sequence()));
    event.add(new Status(status(s)));
    event.add(new Transp(Transp.VALUE_OPAQUE));
    event.add(new Location("Online"));
    if (e.joinLink() != null) {
      event.add(new Url(e.joinLink()));
      event.add(new Description("Join online: " + e.joinLink()));
    } else {
      event.add(new Description("Join from your care app."));
    }
    return event;
  }

  private static String status(Session s) {
    return switch (s.status()) {
      case PLANNED -> Status.VALUE_TENTATIVE;
      case SCHEDULED, IN_PROGRESS, COMPLETED -> Status.VALUE_CONFIRMED;
      case CANCELLED -> Status.VALUE_CANCELLED;
    };
  }

  /** Configures a {@link CalendarExporter}; not thread-safe. */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Clock clock;
    private String uidDomain = "openiop.invalid";
    private String summary = "Appointment";
    private String productId = "-//OpenIOP//OpenIOP SDK 0.1//EN";

    private Builder(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    /**
     * The domain after {@code @} in every UID; keep it fixed for the life of the deployment.
     *
     * @param uidDomain a host name such as {@code iop.example.org}; never {@code null}
     * @return this
     */
    public Builder uidDomain(String uidDomain) {
      Objects.requireNonNull(uidDomain, "uidDomain == null");
      if (!uidDomain.matches("[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?")) {
        throw InvalidInputException.of("uidDomain", "must be a host name");
      }
      this.uidDomain = uidDomain;
      return this;
    }

    /**
     * The SUMMARY of every event. It must be neutral: no program name, topic, kind or clinical
     * term, because calendars are shared and shown on lock screens.
     *
     * @param summary 1-60 characters of letters, digits, spaces and {@code . , ' -}; never {@code
     *     null}
     * @return this
     */
    public Builder summary(String summary) {
      Objects.requireNonNull(summary, "summary == null");
      if (!summary.matches("[\\p{L}\\p{N} .,'-]{1,60}")) {
        throw InvalidInputException.of(
            "summary", "must be 1-60 letters, digits, spaces and . , ' -");
      }
      this.summary = summary;
      return this;
    }

    /**
     * The PRODID of the calendar.
     *
     * @param productId e.g. {@code -//Example Health//IOP 2.0//EN}; never {@code null}
     * @return this
     */
    public Builder productId(String productId) {
      Objects.requireNonNull(productId, "productId == null");
      if (productId.isBlank() || productId.length() > 200) {
        throw InvalidInputException.of("productId", "must be 1-200 characters");
      }
      this.productId = productId;
      return this;
    }

    /**
     * Builds the exporter.
     *
     * @return an immutable, thread-safe exporter
     */
    public CalendarExporter build() {
      return new CalendarExporter(this);
    }
  }
}
