package org.openiop.video.spi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * What one person needs to enter one room in one role, valid until {@link #expiresAt()}.
 *
 * <p>A ticket holds a credential (a signed token, a room pin). It is a final class, not a record,
 * so that the credential never appears in {@code toString}, logs or exception messages: {@link
 * #toString()} shows the room, person, role and expiry only. Hand the ticket to the person's client
 * over an authenticated channel and do not store it.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class JoinTicket {
  /** The shortest lifetime a ticket may be issued with. */
  public static final Duration MIN_LIFETIME = Duration.ofMinutes(1);

  /** The longest lifetime a ticket may be issued with (a long session plus margin). */
  public static final Duration MAX_LIFETIME = Duration.ofHours(4);

  private final String provider;
  private final RoomId room;
  private final PersonRef person;
  private final VideoRole role;
  private final Instant expiresAt;
  private final String token;
  private final Map<String, String> secrets;
  private final Map<String, String> connection;

  /**
   * Creates a ticket; providers call this.
   *
   * @param provider the provider's name; never {@code null}
   * @param room the room; never {@code null}
   * @param person who may join; never {@code null}
   * @param role in which role; never {@code null}
   * @param expiresAt when the credential stops working; never {@code null}
   * @param token the credential the client presents; never {@code null}
   * @param secrets further secret values the client needs (a room pin); never {@code null}
   * @param connection non-secret connection parameters (server URL, room number); never {@code
   *     null}
   */
  public JoinTicket(
      String provider,
      RoomId room,
      PersonRef person,
      VideoRole role,
      Instant expiresAt,
      String token,
      Map<String, String> secrets,
      Map<String, String> connection) {
    this.provider = Objects.requireNonNull(provider, "provider == null");
    this.room = Objects.requireNonNull(room, "room == null");
    this.person = Objects.requireNonNull(person, "person == null");
    this.role = Objects.requireNonNull(role, "role == null");
    this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt == null");
    this.token = Objects.requireNonNull(token, "token == null");
    this.secrets = Map.copyOf(Objects.requireNonNull(secrets, "secrets == null"));
    this.connection = Map.copyOf(Objects.requireNonNull(connection, "connection == null"));
  }

  /**
   * Checks a requested lifetime against {@link #MIN_LIFETIME} and {@link #MAX_LIFETIME}.
   *
   * @param lifetime the requested lifetime; never {@code null}
   * @return the lifetime
   * @throws org.openiop.core.InvalidInputException when out of bounds
   */
  public static Duration checkLifetime(Duration lifetime) {
    Objects.requireNonNull(lifetime, "lifetime == null");
    if (lifetime.compareTo(MIN_LIFETIME) < 0 || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw org.openiop.core.InvalidInputException.of(
          "lifetime", "must be between " + MIN_LIFETIME + " and " + MAX_LIFETIME);
    }
    return lifetime;
  }

  /**
   * The name of the provider that issued the ticket.
   *
   * @return never {@code null}
   */
  public String provider() {
    return provider;
  }

  /**
   * The room.
   *
   * @return never {@code null}
   */
  public RoomId room() {
    return room;
  }

  /**
   * The person the ticket is for.
   *
   * @return never {@code null}
   */
  public PersonRef person() {
    return person;
  }

  /**
   * The role granted.
   *
   * @return never {@code null}
   */
  public VideoRole role() {
    return role;
  }

  /**
   * When the credential stops working.
   *
   * @return never {@code null}
   */
  public Instant expiresAt() {
    return expiresAt;
  }

  /**
   * The secret credential to hand to the person's client. Never log it.
   *
   * @return never {@code null}
   */
  public String token() {
    return token;
  }

  /**
   * A further secret value, such as a Janus room {@code pin} or allowed-list {@code joinToken}.
   * Never log it.
   *
   * @param name the value's name; never {@code null}
   * @return the value, or empty
   */
  public java.util.Optional<String> secret(String name) {
    Objects.requireNonNull(name, "name == null");
    return java.util.Optional.ofNullable(secrets.get(name));
  }

  /**
   * The names of the further secret values.
   *
   * @return never {@code null}
   */
  public java.util.Set<String> secretNames() {
    return secrets.keySet();
  }

  /**
   * Non-secret connection parameters, such as the server URL and the room's platform id.
   *
   * @return an unmodifiable map; never {@code null}
   */
  public Map<String, String> connection() {
    return connection;
  }

  /**
   * Compares the credential in constant time.
   *
   * @param candidate a credential; never {@code null}
   * @return whether it equals this ticket's credential
   */
  public boolean tokenEquals(String candidate) {
    Objects.requireNonNull(candidate, "candidate == null");
    return MessageDigest.isEqual(
        token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "JoinTicket{provider="
        + provider
        + ", room="
        + room
        + ", person="
        + person
        + ", role="
        + role
        + ", expiresAt="
        + expiresAt
        + ", connection="
        + connection
        + ", token=<redacted>, secrets="
        + new java.util.TreeSet<>(secrets.keySet())
        + "}";
  }
}
