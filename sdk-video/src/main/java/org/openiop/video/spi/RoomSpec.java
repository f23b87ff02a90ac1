package org.openiop.video.spi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ConsentId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.SessionId;
import org.openiop.core.Violation;

/**
 * What room to create for a therapy session.
 *
 * <p>Safe by default: the waiting room is on, recording is off, and end-to-end media encryption is
 * requested. Recording can only be switched on together with the id of the recording consent that
 * allows it; a spec that records without one cannot be built.
 *
 * @param session the session the room is for; never {@code null}
 * @param capacity how many people may be in the room at once, 2 to {@value #MAX_CAPACITY}
 * @param waitingRoom whether people other than hosts wait until a host admits them
 * @param recording whether the platform records the room
 * @param recordingConsent the consent that allows recording; required when {@code recording}
 * @param endToEndEncryption whether to ask the platform for end-to-end media encryption where it
 *     has it (see {@link Capabilities.Feature#END_TO_END_ENCRYPTION})
 * @param expiresAt when the platform may close the room; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record RoomSpec(
    SessionId session,
    int capacity,
    boolean waitingRoom,
    boolean recording,
    @Nullable ConsentId recordingConsent,
    boolean endToEndEncryption,
    Instant expiresAt) {

  /** The largest room capacity: the biggest therapy group plus staff and observers. */
  public static final int MAX_CAPACITY = 50;

  /** Checks every rule and reports all violations together. */
  public RoomSpec {
    Objects.requireNonNull(session, "session == null");
    Objects.requireNonNull(expiresAt, "expiresAt == null");
    List<Violation> violations = new ArrayList<>();
    if (capacity < 2 || capacity > MAX_CAPACITY) {
      violations.add(new Violation("capacity", "must be between 2 and " + MAX_CAPACITY));
    }
    if (recording && recordingConsent == null) {
      violations.add(new Violation("recording", "requires a recording consent"));
    }
    if (!recording && recordingConsent != null) {
      violations.add(new Violation("recordingConsent", "only allowed when recording"));
    }
    if (!violations.isEmpty()) {
      throw new InvalidInputException(violations);
    }
  }

  /**
   * Starts a spec with the safe defaults: capacity 12, waiting room on, recording off, end-to-end
   * encryption requested.
   *
   * @param session the session; never {@code null}
   * @param expiresAt when the room may close; never {@code null}
   * @return a builder
   */
  public static Builder builder(SessionId session, Instant expiresAt) {
    return new Builder(session, expiresAt);
  }

  /** Builds a {@link RoomSpec}; not thread-safe. */
  @API(status = API.Status.STABLE, since = "0.1")
  public static final class Builder {
    private final SessionId session;
    private final Instant expiresAt;
    private int capacity = 12;
    private boolean waitingRoom = true;
    private boolean recording;
    private @Nullable ConsentId recordingConsent;
    private boolean endToEndEncryption = true;

    private Builder(SessionId session, Instant expiresAt) {
      this.session = Objects.requireNonNull(session, "session == null");
      this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt == null");
    }

    /**
     * Sets the capacity.
     *
     * @param capacity 2 to {@value RoomSpec#MAX_CAPACITY}
     * @return this
     */
    public Builder capacity(int capacity) {
      this.capacity = capacity;
      return this;
    }

    /**
     * Switches the waiting room on or off.
     *
     * @param on whether people wait to be admitted
     * @return this
     */
    public Builder waitingRoom(boolean on) {
      this.waitingRoom = on;
      return this;
    }

    /**
     * Records the room under the given consent.
     *
     * @param consent the recording consent; never {@code null}
     * @return this
     */
    public Builder recordWithConsent(ConsentId consent) {
      this.recordingConsent = Objects.requireNonNull(consent, "consent == null");
      this.recording = true;
      return this;
    }

    /**
     * Asks for end-to-end media encryption, or not.
     *
     * @param requested whether to ask
     * @return this
     */
    public Builder endToEndEncryption(boolean requested) {
      this.endToEndEncryption = requested;
      return this;
    }

    /**
     * Builds the spec.
     *
     * @return the spec
     * @throws InvalidInputException listing every broken rule
     */
    public RoomSpec build() {
      return new RoomSpec(
          session,
          capacity,
          waitingRoom,
          recording,
          recordingConsent,
          endToEndEncryption,
          expiresAt);
    }
  }
}
