package org.openiop.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code open-note} and {@code verify-audit} against the shared flagship run. */
class OpenNoteAndVerifyAuditTest {
  private static DemoRuns.Run run;
  private static JsonObject familyNote;
  private static JsonObject summary;

  @BeforeAll
  static void runTheFlagship() throws Exception {
    run = DemoRuns.shared();
    summary = KeyFiles.readJson(run.dir().resolve("summary.json"));
    familyNote =
        summary.getJsonArray("notes").stream()
            .map(JsonValue::asJsonObject)
            .filter(n -> n.getString("kind").equals("family"))
            .findFirst()
            .orElseThrow();
  }

  private static Path keyOf(String principal) {
    String[] p = principal.split(":", 2);
    return run.dir().resolve("keys").resolve(p[0] + "-" + p[1] + ".insecure-key.json");
  }

  private static String reader(String kindPrefix) {
    return familyNote.getJsonArray("readers").stream()
        .map(v -> ((JsonString) v).getString())
        .filter(r -> r.startsWith(kindPrefix))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theConsentingFamilyMemberOpensTheFamilyNote() {
    DemoRuns.Outcome o =
        DemoRuns.execute(
            "open-note",
            run.dir().resolve(familyNote.getString("file")).toString(),
            "--identity",
            keyOf(reader("support:")).toString());
    assertThat(o.exitCode()).as(o.err()).isZero();
    assertThat(o.out())
        .contains("note " + familyNote.getString("note") + " v1")
        .contains("by " + familyNote.getString("author"))
        .contains("communication exercise");
  }

  @Test
  void aTamperedNoteIsRefusedWithExitOne(@TempDir Path tmp) throws Exception {
    Path notes = Files.createDirectories(tmp.resolve("notes"));
    Path copy = notes.resolve("tampered.json");
    String text = Files.readString(run.dir().resolve(familyNote.getString("file")));
    int ct = text.indexOf("\"ct\":\"") + 6 + 40;
    char flipped = text.charAt(ct) == 'A' ? 'B' : 'A';
    Files.writeString(copy, text.substring(0, ct) + flipped + text.substring(ct + 1));
    DemoRuns.Outcome o =
        DemoRuns.execute(
            "open-note",
            copy.toString(),
            "--identity",
            keyOf(reader("support:")).toString(),
            "--directory",
            run.dir().resolve("directory").toString());
    assertThat(o.exitCode()).isEqualTo(1);
    assertThat(o.err()).contains("open-note: the note was tampered with");
    assertThat(o.out()).doesNotContain("communication exercise");
  }

  @Test
  void aParticipantWhoIsNotAReaderIsRefusedWithExitOne() {
    String outsider =
        summary.getJsonArray("notes").stream()
            .map(JsonValue::asJsonObject)
            .map(n -> "participant:" + n.getString("participant"))
            .filter(p -> !p.equals(reader("participant:")))
            .findFirst()
            .orElseThrow();
    DemoRuns.Outcome o =
        DemoRuns.execute(
            "open-note",
            run.dir().resolve(familyNote.getString("file")).toString(),
            "--identity",
            keyOf(outsider).toString());
    assertThat(o.exitCode()).isEqualTo(1);
    assertThat(o.err()).contains("open-note: wrong reader").contains(outsider);
    assertThat(o.out()).doesNotContain("communication exercise");
  }

  @Test
  void anIntactAuditTrailVerifiesWithItsEntryCount() {
    DemoRuns.Outcome o = DemoRuns.execute("verify-audit", run.dir().toString());
    assertThat(o.exitCode()).as(o.err()).isZero();
    assertThat(o.out()).containsPattern("audit trail intact: [1-9][0-9]+ entries");
  }

  @Test
  void anEditedAuditEntryIsNamed(@TempDir Path tmp) throws Exception {
    Path audit = run.dir().resolve("audit");
    for (String f : List.of("audit.log", "audit.log.head", "checkpoint-key.pub")) {
      Files.copy(audit.resolve(f), tmp.resolve(f));
    }
    List<String> lines = Files.readAllLines(tmp.resolve("audit.log"), StandardCharsets.UTF_8);
    assertThat(lines.get(4)).contains("\"reason\":\"referral-received\"");
    lines.set(4, lines.get(4).replace("referral-received", "referral-rejected"));
    Files.write(tmp.resolve("audit.log"), lines, StandardCharsets.UTF_8);
    DemoRuns.Outcome o = DemoRuns.execute("verify-audit", tmp.toString());
    assertThat(o.exitCode()).isEqualTo(1);
    assertThat(o.err())
        .contains("first bad entry at line 5 (sequence 5)")
        .contains("HASH_MISMATCH");
  }

  @Test
  void aMissingAuditTrailIsAUsageError(@TempDir Path tmp) {
    assertThat(DemoRuns.execute("verify-audit", tmp.toString()).exitCode()).isEqualTo(2);
  }
}
