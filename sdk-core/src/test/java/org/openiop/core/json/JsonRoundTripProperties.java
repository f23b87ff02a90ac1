package org.openiop.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.Domain;
import org.openiop.core.ModelArbitraries;
import org.openiop.core.Validation;
import org.openiop.core.people.Clinician;
import org.openiop.core.people.ContactInfo;
import org.openiop.core.people.EmergencyContact;
import org.openiop.core.people.Participant;
import org.openiop.core.people.PersonName;
import org.openiop.core.people.SupportPerson;
import org.openiop.core.privacy.Consent;
import org.openiop.core.program.Attendance;
import org.openiop.core.program.Cohort;
import org.openiop.core.program.Enrollment;
import org.openiop.core.program.Program;
import org.openiop.core.program.Session;

@Domain(ModelArbitraries.class)
class JsonRoundTripProperties {
  private final OpenIopJson json = OpenIopJson.standard();

  private <T> void roundTrips(T value, Class<T> type) {
    String text = json.toJson(value);
    assertThat(json.fromJson(text, type, "value")).isEqualTo(value);
    // writing is deterministic: the same value gives the same text
    assertThat(json.toJson(json.fromJson(text, type, "value"))).isEqualTo(text);
  }

  @Provide
  Arbitrary<Object> anyModel() {
    return new ModelArbitraries().anyModel();
  }

  @Property(tries = 300)
  void everyGeneratedModelValueIsValid(@ForAll("anyModel") Object value) {
    assertThat(Validation.violations(value, "value")).isEmpty();
  }

  @Property(tries = 100)
  void participantsRoundTrip(@ForAll Participant value) {
    roundTrips(value, Participant.class);
  }

  @Property(tries = 100)
  void cliniciansRoundTrip(@ForAll Clinician value) {
    roundTrips(value, Clinician.class);
  }

  @Property(tries = 100)
  void supportPersonsRoundTrip(@ForAll SupportPerson value) {
    roundTrips(value, SupportPerson.class);
  }

  @Property(tries = 100)
  void programsRoundTrip(@ForAll Program value) {
    roundTrips(value, Program.class);
  }

  @Property(tries = 100)
  void cohortsRoundTrip(@ForAll Cohort value) {
    roundTrips(value, Cohort.class);
  }

  @Property(tries = 100)
  void sessionsRoundTrip(@ForAll Session value) {
    roundTrips(value, Session.class);
  }

  @Property(tries = 100)
  void attendanceRoundTrips(@ForAll Attendance value) {
    roundTrips(value, Attendance.class);
  }

  @Property(tries = 100)
  void consentsRoundTrip(@ForAll Consent value) {
    roundTrips(value, Consent.class);
  }

  @Property(tries = 100)
  void enrollmentsRoundTrip(@ForAll Enrollment value) {
    roundTrips(value, Enrollment.class);
  }

  @Property(tries = 100)
  void toStringNeverRevealsNamesOrContacts(@ForAll Participant generated) {
    Participant p =
        generated.toBuilder()
            .legalName(new PersonName("Zyxwvq", "Qvwxyz"))
            .preferredName(new PersonName("Zyx", "Qvw"))
            .contact(new ContactInfo("zyxwvq@example.org", "+15555550123"))
            .emergencyContact(
                new EmergencyContact(
                    new PersonName("Kjhgf", "Fghjk"), "sibling", ContactInfo.email("kj@ex.org")))
            .build();
    String s = p + " " + p.legalName() + p.contact() + p.locations() + p.emergencyContact();
    assertThat(s)
        .doesNotContain("Zyx")
        .doesNotContain("Qvw")
        .doesNotContain("zyxwvq")
        .doesNotContain("5555550123")
        .doesNotContain("Kjhgf")
        .doesNotContain("sibling")
        .doesNotContain("F33")
        .contains(p.id().value());
  }
}
