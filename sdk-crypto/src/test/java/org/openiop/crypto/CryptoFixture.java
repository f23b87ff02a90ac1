package org.openiop.crypto;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.openiop.crypto.keys.DirectoryAuthority;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.InMemoryKeyDirectory;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.TrustedDirectory;

/** A directory authority, an in-memory directory and enrolled identities for tests. */
public final class CryptoFixture {
  public static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-26T20:00:00Z"), ZoneOffset.UTC);
  public static final String ISSUER = "https://directory.example.org";

  public final DirectoryAuthority authority = DirectoryAuthority.generate(ISSUER, "dir-1", CLOCK);
  public final InMemoryKeyDirectory store = new InMemoryKeyDirectory();
  public final TrustedDirectory trusted =
      new TrustedDirectory(store, authority.publicKey(), ISSUER);
  private final Map<Principal, Identity> identities = new HashMap<>();

  /** Generates an identity and publishes its attested bundle. */
  public synchronized Identity enroll(Principal p) {
    Identity id = Identity.generate(p);
    store.publish(authority.attest(id.publicBundle()));
    identities.put(p, id);
    return id;
  }

  /** Rotates an enrolled identity and publishes the new bundle. */
  public synchronized Identity rotate(Principal p) {
    Identity id = identities.get(p).rotate();
    store.publish(authority.attest(id.publicBundle()));
    identities.put(p, id);
    return id;
  }

  public synchronized Identity identity(Principal p) {
    return identities.get(p);
  }
}
