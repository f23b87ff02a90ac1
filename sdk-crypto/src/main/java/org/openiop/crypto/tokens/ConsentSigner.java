package org.openiop.crypto.tokens;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.jca.JCAContext;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.openiop.core.ConsentId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.TrustedDirectory;
import org.openiop.crypto.keys.UntrustedKeyException;
import org.openiop.crypto.keys.VerifiedBundle;
import org.openiop.crypto.tokens.TokenInvalidException.Reason;

/**
 * Signs consent records as JWS with the signer's own Ed25519 identity key and verifies them against
 * the attested key directory, so a consent cannot be altered after signing.
 *
 * <p>JWS: header {@code {"alg":"EdDSA","kid":<signer's signing kid>,"typ":"openiop-consent+jwt"}};
 * claims {@code iss} (signer principal), {@code consent}, {@code participant}, {@code purpose},
 * {@code grantees} (sorted principal texts), {@code iat} (granted at) and, if set, {@code exp}.
 * Verification does not reject an expired consent (a lapsed consent is still a true record); check
 * {@link ConsentRecord#expiresAt()} against the time that matters. Safe for concurrent use.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ConsentSigner {
  /** The {@code typ} of signed consents. */
  public static final JOSEObjectType CONSENT_TYPE = new JOSEObjectType("openiop-consent+jwt");

  private static final int MAX_BYTES = 16384;

  private final TrustedDirectory directory;

  /**
   * Creates a signer/verifier.
   *
   * @param directory where signers' attested keys come from; never {@code null}
   */
  public ConsentSigner(TrustedDirectory directory) {
    this.directory = Objects.requireNonNull(directory, "directory == null");
  }

  /**
   * Signs a consent.
   *
   * @param record what was consented to; never {@code null}
   * @param signer the participant (or their representative); never {@code null}
   * @return the compact JWS
   * @throws GeneralSecurityException if signing fails
   */
  public String sign(ConsentRecord record, Identity signer) throws GeneralSecurityException {
    Objects.requireNonNull(record, "record == null");
    Objects.requireNonNull(signer, "signer == null");
    JWTClaimsSet.Builder claims =
        new JWTClaimsSet.Builder()
            .issuer(signer.principal().text())
            .claim("consent", record.consentId().value())
            .claim("participant", record.participantId().value())
            .claim("purpose", record.purpose())
            .claim("grantees", record.grantees().stream().map(Principal::text).toList())
            .issueTime(Date.from(record.grantedAt()));
    record.expiresAt().ifPresent(e -> claims.expirationTime(Date.from(e)));
    SignedJWT jwt =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.EdDSA)
                .keyID(signer.signingKeyId())
                .type(CONSENT_TYPE)
                .build(),
            claims.build());
    try {
      jwt.sign(new IdentitySigner(signer));
    } catch (JOSEException e) {
      throw new GeneralSecurityException("consent signing failed for " + signer.principal(), e);
    }
    return jwt.serialize();
  }

  /**
   * Verifies a signed consent against the directory.
   *
   * @param jws the compact JWS; never {@code null}
   * @return the verified consent
   * @throws TokenInvalidException if the JWS is malformed, not EdDSA, altered, or its claims are
   *     invalid
   * @throws UntrustedKeyException if the signer's key is unknown or revoked
   */
  public SignedConsent verify(String jws) throws TokenInvalidException, UntrustedKeyException {
    Objects.requireNonNull(jws, "jws == null");
    if (jws.length() > MAX_BYTES) {
      throw new TokenInvalidException(Reason.OVERSIZED, "consent larger than " + MAX_BYTES);
    }
    SignedJWT jwt;
    JWTClaimsSet claims;
    try {
      jwt = SignedJWT.parse(jws);
      claims = jwt.getJWTClaimsSet();
    } catch (ParseException e) {
      throw new TokenInvalidException(Reason.MALFORMED, "not a signed JWT", e);
    }
    JWSHeader h = jwt.getHeader();
    if (!JWSAlgorithm.EdDSA.equals(h.getAlgorithm())) {
      throw new TokenInvalidException(Reason.ALGORITHM_NOT_ALLOWED, "consents are EdDSA only");
    }
    if (!CONSENT_TYPE.equals(h.getType()) || h.getCriticalParams() != null) {
      throw new TokenInvalidException(Reason.WRONG_TYPE, "typ must be " + CONSENT_TYPE);
    }
    Principal signer =
        Principal.tryParse(claims.getIssuer())
            .orElseThrow(() -> new TokenInvalidException(Reason.WRONG_ISSUER, "iss malformed"));
    if (h.getKeyID() == null) {
      throw new TokenInvalidException(Reason.UNKNOWN_KEY, "no kid");
    }
    VerifiedBundle bundle = directory.bySigningKey(signer, h.getKeyID());
    try {
      OctetKeyPair key =
          new OctetKeyPair.Builder(
                  Curve.Ed25519, Base64URL.encode(bundle.bundle().signingKey().toByteArray()))
              .build();
      if (!jwt.verify(new Ed25519Verifier(key))) {
        throw new TokenInvalidException(Reason.BAD_SIGNATURE, "consent signature does not verify");
      }
    } catch (JOSEException e) {
      throw new TokenInvalidException(Reason.BAD_SIGNATURE, "consent signature does not verify", e);
    }
    try {
      List<String> granteeTexts = claims.getStringListClaim("grantees");
      List<Principal> grantees = new ArrayList<>();
      if (granteeTexts == null) {
        throw new TokenInvalidException(Reason.BAD_CLAIMS, "grantees missing");
      }
      for (String g : granteeTexts) {
        grantees.add(
            Principal.tryParse(g)
                .orElseThrow(
                    () -> new TokenInvalidException(Reason.BAD_CLAIMS, "grantee malformed")));
      }
      String consent = claims.getStringClaim("consent");
      String participant = claims.getStringClaim("participant");
      String purpose = claims.getStringClaim("purpose");
      if (consent == null
          || participant == null
          || purpose == null
          || claims.getIssueTime() == null) {
        throw new TokenInvalidException(Reason.BAD_CLAIMS, "consent claims missing");
      }
      ConsentRecord record =
          new ConsentRecord(
              ConsentId.of(consent),
              ParticipantId.of(participant),
              purpose,
              Set.copyOf(grantees),
              claims.getIssueTime().toInstant(),
              Optional.ofNullable(claims.getExpirationTime()).map(Date::toInstant));
      return new SignedConsent(record, signer, jws);
    } catch (ParseException | InvalidInputException e) {
      throw new TokenInvalidException(Reason.BAD_CLAIMS, "consent claims malformed", e);
    }
  }

  /** Adapts an identity's Ed25519 key to Nimbus' signer interface. */
  private static final class IdentitySigner implements JWSSigner {
    private final Identity identity;
    private final JCAContext context = new JCAContext();

    IdentitySigner(Identity identity) {
      this.identity = identity;
    }

    @Override
    public Base64URL sign(JWSHeader header, byte[] signingInput) throws JOSEException {
      try {
        return Base64URL.encode(identity.sign(signingInput));
      } catch (GeneralSecurityException e) {
        throw new JOSEException("Ed25519 signing failed", e);
      }
    }

    @Override
    public Set<JWSAlgorithm> supportedJWSAlgorithms() {
      return Set.of(JWSAlgorithm.EdDSA);
    }

    @Override
    public JCAContext getJCAContext() {
      return context;
    }
  }
}
