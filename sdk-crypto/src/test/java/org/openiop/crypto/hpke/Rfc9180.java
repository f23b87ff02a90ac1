package org.openiop.crypto.hpke;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.XECPrivateKeySpec;
import java.security.spec.XECPublicKeySpec;
import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * An independent, test-only implementation of RFC 9180 base mode for DHKEM(X25519, HKDF-SHA256),
 * HKDF-SHA256, AES-256-GCM, written from the RFC's pseudocode on the plain JDK (XDH, HmacSHA256,
 * AES/GCM). It is checked against the official vectors and then used to check Tink.
 */
final class Rfc9180 {
  static final byte[] KEM_SUITE = concat(ascii("KEM"), i2osp(0x20, 2));

  /** The suite OpenIOP uses: AES-256-GCM (aead_id 2, Nk 32). */
  static final Rfc9180 AES_256_GCM = new Rfc9180(2, 32);

  /** The suite of RFC 9180 A.1: AES-128-GCM (aead_id 1, Nk 16). */
  static final Rfc9180 AES_128_GCM = new Rfc9180(1, 16);

  final byte[] hpkeSuite;
  final int nk;

  /** The result of the key schedule. */
  record Context(
      byte[] key,
      byte[] baseNonce,
      byte[] exporterSecret,
      byte[] keyScheduleContext,
      byte[] secret) {}

  private Rfc9180(int aeadId, int nk) {
    this.hpkeSuite = concat(ascii("HPKE"), i2osp(0x20, 2), i2osp(0x01, 2), i2osp(aeadId, 2));
    this.nk = nk;
  }

  /**
   * DeriveKeyPair for X25519 (RFC 9180 section 7.1.3): the private key from input keying material.
   */
  static byte[] deriveSecretKey(byte[] ikm) throws Exception {
    byte[] prk = labeledExtract(KEM_SUITE, new byte[0], "dkp_prk", ikm);
    return labeledExpand(KEM_SUITE, prk, "sk", new byte[0], 32);
  }

  static byte[] x25519(byte[] scalar, byte[] u) throws Exception {
    KeyFactory kf = KeyFactory.getInstance("XDH");
    PrivateKey sk = kf.generatePrivate(new XECPrivateKeySpec(NamedParameterSpec.X25519, scalar));
    byte[] le = u.clone();
    le[31] &= 0x7f;
    byte[] be = new byte[32];
    for (int i = 0; i < 32; i++) {
      be[i] = le[31 - i];
    }
    PublicKey pk =
        kf.generatePublic(new XECPublicKeySpec(NamedParameterSpec.X25519, new BigInteger(1, be)));
    KeyAgreement ka = KeyAgreement.getInstance("XDH");
    ka.init(sk);
    ka.doPhase(pk, true);
    return ka.generateSecret();
  }

  static byte[] publicKey(byte[] sk) throws Exception {
    byte[] basePoint = new byte[32];
    basePoint[0] = 9;
    return x25519(sk, basePoint);
  }

  static byte[] hmac(byte[] key, byte[] data) throws Exception {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key.length == 0 ? new byte[32] : key, "HmacSHA256"));
    return mac.doFinal(data);
  }

  static byte[] expand(byte[] prk, byte[] info, int length) throws Exception {
    byte[] out = new byte[length];
    byte[] t = new byte[0];
    int off = 0;
    for (int i = 1; off < length; i++) {
      t = hmac(prk, concat(t, info, new byte[] {(byte) i}));
      int n = Math.min(t.length, length - off);
      System.arraycopy(t, 0, out, off, n);
      off += n;
    }
    return out;
  }

  static byte[] labeledExtract(byte[] suite, byte[] salt, String label, byte[] ikm)
      throws Exception {
    return hmac(salt, concat(ascii("HPKE-v1"), suite, ascii(label), ikm));
  }

  static byte[] labeledExpand(byte[] suite, byte[] prk, String label, byte[] info, int length)
      throws Exception {
    return expand(
        prk, concat(i2osp(length, 2), ascii("HPKE-v1"), suite, ascii(label), info), length);
  }

  /** Encap with a fixed ephemeral key (as the vectors do); returns {enc, sharedSecret}. */
  static byte[][] encap(byte[] skE, byte[] pkR) throws Exception {
    byte[] enc = publicKey(skE);
    byte[] dh = x25519(skE, pkR);
    return new byte[][] {enc, sharedSecret(dh, concat(enc, pkR))};
  }

  static byte[] decap(byte[] enc, byte[] skR) throws Exception {
    byte[] dh = x25519(skR, enc);
    return sharedSecret(dh, concat(enc, publicKey(skR)));
  }

  private static byte[] sharedSecret(byte[] dh, byte[] kemContext) throws Exception {
    byte[] prk = labeledExtract(KEM_SUITE, new byte[0], "eae_prk", dh);
    return labeledExpand(KEM_SUITE, prk, "shared_secret", kemContext, 32);
  }

  Context keySchedule(byte[] sharedSecret, byte[] info) throws Exception {
    byte[] suite = hpkeSuite;
    byte[] pskIdHash = labeledExtract(suite, new byte[0], "psk_id_hash", new byte[0]);
    byte[] infoHash = labeledExtract(suite, new byte[0], "info_hash", info);
    byte[] ksc = concat(new byte[] {0}, pskIdHash, infoHash);
    byte[] secret = labeledExtract(suite, sharedSecret, "secret", new byte[0]);
    return new Context(
        labeledExpand(suite, secret, "key", ksc, nk),
        labeledExpand(suite, secret, "base_nonce", ksc, 12),
        labeledExpand(suite, secret, "exp", ksc, 32),
        ksc,
        secret);
  }

  static byte[] nonce(byte[] baseNonce, long seq) {
    byte[] n = baseNonce.clone();
    for (int i = 0; i < 8; i++) {
      n[11 - i] ^= (byte) (seq >>> (8 * i));
    }
    return n;
  }

  static byte[] aead(int mode, byte[] key, byte[] nonce, byte[] aad, byte[] input)
      throws Exception {
    Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
    c.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, nonce));
    c.updateAAD(aad);
    return c.doFinal(input);
  }

  byte[] export(Context ctx, byte[] exporterContext, int length) throws Exception {
    return labeledExpand(hpkeSuite, ctx.exporterSecret(), "sec", exporterContext, length);
  }

  static byte[] i2osp(int value, int length) {
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[length - 1 - i] = (byte) (value >>> (8 * i));
    }
    return out;
  }

  static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }

  static byte[] concat(byte[]... parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    byte[] out = new byte[n];
    int off = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, off, p.length);
      off += p.length;
    }
    return out;
  }
}
