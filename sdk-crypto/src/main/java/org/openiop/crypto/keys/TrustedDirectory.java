package org.openiop.crypto.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apiguardian.api.API;
import org.openiop.core.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client's view of an untrusted {@link KeyDirectory}: every bundle and revocation is checked
 * against the pinned public key of the organization's {@link DirectoryAuthority} before use.
 *
 * <p>Checks on a bundle: compact JWS, {@code alg} EdDSA only, {@code typ} {@code
 * openiop-key-bundle+jwt}, {@code kid} of the pinned key, a valid signature, {@code iss} equal to
 * the pinned issuer, {@code sub} equal to the principal asked for and {@code ver} equal to the
 * stored version. A store that swaps a key, replays another principal's bundle or reorders versions
 * is caught and {@link UntrustedKeyException} is thrown. Revocations are checked the same way; a
 * revocation that does not verify is ignored (it can only withhold, never add, trust).
 *
 * <p>What it cannot catch: a store that withholds the newest bundle or a revocation. Hosts that
 * need freshness should add a signed, timestamped directory head (not provided in 0.1).
 *
 * <p>Safe for concurrent use; verified bundles are cached by their JWS.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class TrustedDirectory {
  private static final Logger LOG = LoggerFactory.getLogger(TrustedDirectory.class);

  private final KeyDirectory directory;
  private final String authorityKeyId;
  private final String issuer;
  private final Ed25519Verifier verifier;
  private final Map<String, VerifiedBundle> cache = new ConcurrentHashMap<>();
  private final Map<String, Boolean> revocationCache = new ConcurrentHashMap<>();

  /**
   * Creates the view.
   *
   * @param directory the untrusted store; never {@code null}
   * @param authorityKey the pinned public Ed25519 JWK of the directory authority, with a {@code
   *     kid}; never {@code null}
   * @param issuer the expected {@code iss}; never {@code null}
   */
  public TrustedDirectory(KeyDirectory directory, OctetKeyPair authorityKey, String issuer) {
    this.directory = Objects.requireNonNull(directory, "directory == null");
    Objects.requireNonNull(authorityKey, "authorityKey == null");
    this.issuer = Objects.requireNonNull(issuer, "issuer == null");
    if (authorityKey.getKeyID() == null) {
      throw new IllegalArgumentException("authorityKey has no kid");
    }
    this.authorityKeyId = authorityKey.getKeyID();
    try {
      this.verifier = new Ed25519Verifier(authorityKey.toPublicJWK());
    } catch (JOSEException e) {
      throw new IllegalArgumentException("authorityKey is not an Ed25519 key", e);
    }
  }

  /**
   * The underlying store.
   *
   * @return never {@code null}
   */
  public KeyDirectory directory() {
    return directory;
  }

  /**
   * The newest attested bundle of a principal: the one to seal to.
   *
   * @param principal the owner; never {@code null}
   * @return the verified bundle
   * @throws KeyRevokedException if its encryption or signing key is revoked
   * @throws UntrustedKeyException if there is none or its attestation does not verify
   */
  public VerifiedBundle current(Principal principal) throws UntrustedKeyException {
    Objects.requireNonNull(principal, "principal == null");
    List<AttestedBundle> all = directory.bundles(principal);
    if (all.isEmpty()) {
      throw new UntrustedKeyException("no attested key bundle for " + principal);
    }
    AttestedBundle last = all.get(all.size() - 1);
    if (last.version() != all.size()) {
      throw new UntrustedKeyException("bundle history of " + principal + " is not contiguous");
    }
    VerifiedBundle vb = verify(principal, last);
    Set<String> revoked = revokedKeyIds(principal);
    if (revoked.contains(vb.bundle().encryptionKeyId())
        || revoked.contains(vb.bundle().signingKeyId())) {
      throw new KeyRevokedException(
          "current keys of " + principal + " (version " + last.version() + ") are revoked");
    }
    return vb;
  }

  /**
   * The attested bundle (any version) whose signing key has the given kid: used to verify a
   * signature made before or after a rotation.
   *
   * @param principal the signer; never {@code null}
   * @param signingKeyId the kid named by the signature; never {@code null}
   * @return the verified bundle
   * @throws KeyRevokedException if that signing key is revoked
   * @throws UntrustedKeyException if no verified bundle of that principal has that key
   */
  public VerifiedBundle bySigningKey(Principal principal, String signingKeyId)
      throws UntrustedKeyException {
    Objects.requireNonNull(principal, "principal == null");
    Objects.requireNonNull(signingKeyId, "signingKeyId == null");
    List<AttestedBundle> all = directory.bundles(principal);
    for (int i = all.size() - 1; i >= 0; i--) {
      AttestedBundle ab = all.get(i);
      VerifiedBundle vb;
      try {
        vb = verify(principal, ab);
      } catch (UntrustedKeyException e) {
        LOG.warn("skipping unverifiable bundle version {} of {}", ab.version(), principal);
        continue;
      }
      if (vb.bundle().signingKeyId().equals(signingKeyId)) {
        if (revokedKeyIds(principal).contains(signingKeyId)) {
          throw new KeyRevokedException("signing key " + signingKeyId + " of " + principal);
        }
        return vb;
      }
    }
    throw new UntrustedKeyException(
        "no attested signing key " + signingKeyId + " for " + principal);
  }

  /**
   * The kids the directory authority has revoked for a principal (unverifiable revocations are
   * skipped).
   *
   * @param principal the owner; never {@code null}
   * @return the revoked kids
   */
  public Set<String> revokedKeyIds(Principal principal) {
    Objects.requireNonNull(principal, "principal == null");
    Set<String> out = new HashSet<>();
    for (AttestedRevocation r : directory.revocations(principal)) {
      String cacheKey = principal.text() + "\u0000" + r.keyId() + "\u0000" + r.jws();
      Boolean known = revocationCache.get(cacheKey);
      if (known != null) {
        if (known) {
          out.add(r.keyId());
        }
        continue;
      }
      try {
        JWTClaimsSet claims = check(r.jws(), DirectoryAuthority.REVOCATION_TYPE);
        if (principal.text().equals(claims.getSubject())
            && r.keyId().equals(claims.getStringClaim("revoked_kid"))) {
          out.add(r.keyId());
          revocationCache.put(cacheKey, true);
        } else {
          LOG.warn("ignoring mismatched revocation for {}", principal);
          revocationCache.put(cacheKey, false);
        }
      } catch (UntrustedKeyException | ParseException e) {
        LOG.warn("ignoring unverifiable revocation for {}", principal);
        revocationCache.put(cacheKey, false);
      }
    }
    return out;
  }

  private VerifiedBundle verify(Principal principal, AttestedBundle ab)
      throws UntrustedKeyException {
    if (!ab.principal().equals(principal)) {
      throw new UntrustedKeyException("directory returned a bundle of another principal");
    }
    VerifiedBundle cached = cache.get(ab.jws());
    if (cached != null
        && cached.bundle().principal().equals(principal)
        && cached.bundle().version() == ab.version()) {
      return cached;
    }
    JWTClaimsSet claims = check(ab.jws(), DirectoryAuthority.BUNDLE_TYPE);
    try {
      if (!principal.text().equals(claims.getSubject())) {
        throw new UntrustedKeyException("attested subject is not " + principal);
      }
      Long ver = claims.getLongClaim("ver");
      if (ver == null || ver != ab.version()) {
        throw new UntrustedKeyException("attested version mismatch for " + principal);
      }
      Map<String, Object> jwks = claims.getJSONObjectClaim("jwks");
      if (jwks == null) {
        throw new UntrustedKeyException("attestation of " + principal + " has no jwks");
      }
      PublicKeyBundle bundle = PublicKeyBundle.fromJwkSet(principal, ver, JWKSet.parse(jwks));
      VerifiedBundle vb = new VerifiedBundle(bundle);
      cache.put(ab.jws(), vb);
      return vb;
    } catch (UntrustedKeyException e) {
      throw e;
    } catch (ParseException | InvalidInputException e) {
      throw new UntrustedKeyException("malformed attestation for " + principal, e);
    } catch (GeneralSecurityException e) {
      throw new UntrustedKeyException("unusable keys in attestation for " + principal, e);
    }
  }

  private JWTClaimsSet check(String jws, com.nimbusds.jose.JOSEObjectType type)
      throws UntrustedKeyException {
    try {
      SignedJWT jwt = SignedJWT.parse(jws);
      JWSHeader h = jwt.getHeader();
      if (!JWSAlgorithm.EdDSA.equals(h.getAlgorithm())
          || !type.equals(h.getType())
          || !authorityKeyId.equals(h.getKeyID())
          || h.getCriticalParams() != null) {
        throw new UntrustedKeyException("attestation header not acceptable");
      }
      if (!jwt.verify(verifier)) {
        throw new UntrustedKeyException("attestation signature does not verify");
      }
      JWTClaimsSet claims = jwt.getJWTClaimsSet();
      if (!issuer.equals(claims.getIssuer())) {
        throw new UntrustedKeyException("attestation issuer not trusted");
      }
      return claims;
    } catch (ParseException | JOSEException e) {
      throw new UntrustedKeyException("malformed attestation", e);
    }
  }
}
