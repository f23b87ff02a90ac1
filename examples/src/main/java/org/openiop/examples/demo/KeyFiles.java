package org.openiop.examples.demo;

import com.nimbusds.jose.jwk.OctetKeyPair;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.text.ParseException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openiop.crypto.keys.AttestedBundle;
import org.openiop.crypto.keys.AttestedRevocation;
import org.openiop.crypto.keys.Identity;
import org.openiop.crypto.keys.InMemoryKeyDirectory;
import org.openiop.crypto.keys.InsecureCleartextKeyVault;
import org.openiop.crypto.keys.Principal;
import org.openiop.crypto.keys.TrustedDirectory;

/**
 * The demo's key files: one insecure file of private keys per identity under {@code keys/}, and the
 * public, attested directory under {@code directory/}.
 *
 * <p>{@link InsecureCleartextKeyVault} writes two files per identity (encryption and signing
 * keysets) and the SDK offers no public way to serialise an {@link Identity} otherwise, so each key
 * file bundles the vault's two files (base64) in one JSON object; {@link #readIdentity} unpacks
 * them into a temporary vault and loads the identity through the SDK.
 */
final class KeyFiles {
  static final String WARNING =
      "INSECURE: cleartext private keys of a demo identity, for iop-demo open-note only";
  static final String DIRECTORY_FILE = "directory.json";

  private KeyFiles() {}

  /** Writes {@code identity}'s private keys into one file in {@code keysDir}; returns its path. */
  static Path writeIdentity(Path keysDir, Identity identity)
      throws IOException, GeneralSecurityException {
    Path tmp = Files.createTempDirectory("iop-demo-vault");
    try {
      new InsecureCleartextKeyVault(tmp).store(identity);
      JsonObjectBuilder files = Json.createObjectBuilder();
      for (Path f : list(tmp)) {
        files.add(
            f.getFileName().toString(), Base64.getEncoder().encodeToString(Files.readAllBytes(f)));
      }
      JsonObject json =
          Json.createObjectBuilder()
              .add("warning", WARNING)
              .add("principal", identity.principal().text())
              .add("vaultFiles", files)
              .build();
      Path file = keysDir.resolve(fileName(identity.principal()) + ".insecure-key.json");
      Files.writeString(file, Outputs.pretty(json), StandardCharsets.UTF_8);
      return file;
    } finally {
      deleteTree(tmp);
    }
  }

  /** Reads a key file written by {@link #writeIdentity}. */
  static Identity readIdentity(Path keyFile) throws IOException, GeneralSecurityException {
    JsonObject json = readJson(keyFile);
    Principal principal =
        Principal.tryParse(json.getString("principal", ""))
            .orElseThrow(() -> new IOException("key file names no valid principal"));
    Path tmp = Files.createTempDirectory("iop-demo-vault");
    try {
      for (Map.Entry<String, JsonValue> e : json.getJsonObject("vaultFiles").entrySet()) {
        String name = Path.of(e.getKey()).getFileName().toString();
        Files.write(
            tmp.resolve(name),
            Base64.getDecoder().decode(json.getJsonObject("vaultFiles").getString(e.getKey())));
      }
      return new InsecureCleartextKeyVault(tmp)
          .load(principal)
          .orElseThrow(() -> new IOException("key file holds no keys for " + principal.text()));
    } finally {
      deleteTree(tmp);
    }
  }

  /** Writes the public directory: authority key, attested bundles and revocations. */
  static void writeDirectory(
      Path dir,
      String issuer,
      OctetKeyPair authorityKey,
      List<AttestedBundle> bundles,
      List<AttestedRevocation> revocations)
      throws IOException {
    JsonArrayBuilder b = Json.createArrayBuilder();
    for (AttestedBundle a : bundles) {
      b.add(
          Json.createObjectBuilder()
              .add("principal", a.principal().text())
              .add("version", a.version())
              .add("jws", a.jws()));
    }
    JsonArrayBuilder r = Json.createArrayBuilder();
    for (AttestedRevocation a : revocations) {
      r.add(
          Json.createObjectBuilder()
              .add("principal", a.principal().text())
              .add("keyId", a.keyId())
              .add("jws", a.jws()));
    }
    JsonObject json =
        Json.createObjectBuilder()
            .add("issuer", issuer)
            .add("authorityKey", readJson(authorityKey.toPublicJWK().toJSONString()))
            .add("bundles", b)
            .add("revocations", r)
            .build();
    Files.writeString(dir.resolve(DIRECTORY_FILE), Outputs.pretty(json), StandardCharsets.UTF_8);
  }

  /** Reads the public directory written by {@link #writeDirectory}. */
  static TrustedDirectory readDirectory(Path dir) throws IOException {
    JsonObject json = readJson(dir.resolve(DIRECTORY_FILE));
    InMemoryKeyDirectory store = new InMemoryKeyDirectory();
    for (JsonValue v : json.getJsonArray("bundles")) {
      JsonObject o = v.asJsonObject();
      store.publish(
          new AttestedBundle(
              principal(o.getString("principal")),
              o.getJsonNumber("version").longValue(),
              o.getString("jws")));
    }
    for (JsonValue v : json.getJsonArray("revocations")) {
      JsonObject o = v.asJsonObject();
      store.publishRevocation(
          new AttestedRevocation(
              principal(o.getString("principal")), o.getString("keyId"), o.getString("jws")));
    }
    try {
      OctetKeyPair key = OctetKeyPair.parse(json.getJsonObject("authorityKey").toString());
      return new TrustedDirectory(store, key, json.getString("issuer"));
    } catch (ParseException e) {
      throw new IOException("directory authority key is not a valid JWK", e);
    }
  }

  static String fileName(Principal p) {
    return p.text().replace(':', '-');
  }

  private static Principal principal(String text) throws IOException {
    return Principal.tryParse(text)
        .orElseThrow(() -> new IOException("bad principal in directory"));
  }

  static JsonObject readJson(Path file) throws IOException {
    return readJson(Files.readString(file, StandardCharsets.UTF_8));
  }

  static JsonObject readJson(String text) throws IOException {
    try (JsonReader r = Json.createReader(new StringReader(text))) {
      return r.readObject();
    } catch (jakarta.json.JsonException e) {
      throw new IOException("not a JSON object", e);
    }
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted().toList();
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
