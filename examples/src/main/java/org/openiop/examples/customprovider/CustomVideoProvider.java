package org.openiop.examples.customprovider;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openiop.core.ClinicianId;
import org.openiop.core.ConsentId;
import org.openiop.core.IdGenerator;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.video.spi.Capabilities;
import org.openiop.video.spi.JoinTicket;
import org.openiop.video.spi.PersonRef;
import org.openiop.video.spi.RoomEvent;
import org.openiop.video.spi.RoomParticipant;
import org.openiop.video.spi.RoomSpec;
import org.openiop.video.spi.VideoException;
import org.openiop.video.spi.VideoProvider;
import org.openiop.video.spi.VideoProviders;
import org.openiop.video.spi.VideoRole;
import org.openiop.video.spi.VideoRoom;

/**
 * Registers a host's own video provider ({@link PhoneBridgeVideoProvider}, a dial-in audio bridge)
 * with the provider registry, picks it by name, and drives an individual session through the same
 * SPI calls as any built-in provider.
 *
 * <p>Run it with {@code java -cp examples/target/iop-demo.jar
 * org.openiop.examples.customprovider.CustomVideoProvider}.
 */
public final class CustomVideoProvider {
  /**
   * What the example observed.
   *
   * @param capabilities how the provider reports each feature
   * @param events the room events, in order
   * @param onBridgeBeforeEnd who was on the bridge just before it ended
   * @param recordingRefused whether a spec that asks to record was refused
   */
  public record Outcome(
      Map<Capabilities.Feature, Capabilities.Support> capabilities,
      List<RoomEvent> events,
      List<RoomParticipant> onBridgeBeforeEnd,
      boolean recordingRefused) {
    /** Copies the collections. */
    public Outcome {
      capabilities = Map.copyOf(capabilities);
      events = List.copyOf(events);
      onBridgeBeforeEnd = List.copyOf(onBridgeBeforeEnd);
    }
  }

  private CustomVideoProvider() {}

  /**
   * Runs the example and prints what happened.
   *
   * @param args ignored
   * @throws Exception if the provider fails
   */
  public static void main(String[] args) throws Exception {
    run(System.out);
  }

  /**
   * Registers the provider, runs a session on it and prints each step to {@code out}.
   *
   * @param out where to print; never {@code null}
   * @return what happened
   * @throws Exception if the provider fails or a subscription cannot be closed
   */
  public static Outcome run(PrintStream out) throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2026-03-04T01:00:00Z"), ZoneOffset.UTC);
    IdGenerator ids = IdGenerator.seeded(31);
    PersonRef clinician = PersonRef.of(ClinicianId.generate(ids));
    PersonRef participant = PersonRef.of(ParticipantId.generate(ids));
    SessionId session = SessionId.generate(ids);

    // 1. Register the factory next to (or instead of) the ones found on the class path.
    VideoProviders registry =
        VideoProviders.builder().loadServices().register(new PhoneBridgeProviderFactory()).build();
    out.println("registered providers: " + registry.names().stream().sorted().toList());

    List<RoomEvent> events = new ArrayList<>();
    try (VideoProvider video =
        registry.create(
            PhoneBridgeVideoProvider.NAME,
            Map.of(PhoneBridgeProviderFactory.DIAL_IN_NUMBER, "+1-555-0100"),
            clock)) {
      // 2. Report capabilities honestly: callers can check before relying on a feature.
      Map<Capabilities.Feature, Capabilities.Support> caps =
          new EnumMap<>(Capabilities.Feature.class);
      for (Capabilities.Feature f : Capabilities.Feature.values()) {
        caps.put(f, video.capabilities().of(f));
      }
      out.println(video.name() + " capabilities: " + caps);

      // 3. A feature the platform lacks is refused, not silently dropped.
      boolean recordingRefused = false;
      try {
        video.createRoom(
            RoomSpec.builder(session, clock.instant().plus(Duration.ofHours(2)))
                .recordWithConsent(ConsentId.generate(ids))
                .build());
      } catch (UnsupportedOperationException e) {
        recordingRefused = true;
        out.println("recording refused: " + e.getMessage());
      }

      // 4. The same SPI calls as for any provider.
      AutoCloseable subscription = video.subscribe(events::add);
      VideoRoom room =
          video.createRoom(
              RoomSpec.builder(session, clock.instant().plus(Duration.ofHours(2)))
                  .capacity(2)
                  .build());
      JoinTicket hostTicket =
          video.issueTicket(room.id(), clinician, VideoRole.HOST, Duration.ofHours(1));
      JoinTicket participantTicket =
          video.issueTicket(room.id(), participant, VideoRole.PARTICIPANT, Duration.ofHours(1));
      out.println(
          "tickets issued for "
              + room.id()
              + "; callers dial "
              + participantTicket.connection().get("dialIn"));

      // The phone calls, simulated: the PIN is the ticket's token.
      PhoneBridgeVideoProvider bridge = (PhoneBridgeVideoProvider) video;
      bridge.callIn(room.id(), hostTicket.token());
      bridge.callIn(room.id(), participantTicket.token());
      video.admit(room.id(), participant);
      List<RoomParticipant> onBridge = video.participants(room.id());
      out.println("on the bridge: " + onBridge.stream().map(RoomParticipant::person).toList());
      try {
        bridge.callIn(room.id(), "not-a-pin"); // issued PINs are eight digits
      } catch (VideoException e) {
        out.println("wrong PIN: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
      video.endRoom(room.id());
      subscription.close();
      events.forEach(e -> out.println("  event " + e.type() + " " + e.person() + " " + e.reason()));
      return new Outcome(caps, events, onBridge, recordingRefused);
    }
  }
}
