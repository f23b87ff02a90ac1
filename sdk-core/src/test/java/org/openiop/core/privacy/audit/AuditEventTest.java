package org.openiop.core.privacy.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.openiop.core.InvalidInputException;
import org.openiop.core.ParticipantId;

class AuditEventTest {
  @Test
  void freeTextCannotEnterAnAuditEventAndTheRejectedTextIsNotQuoted() {
    assertThatThrownBy(
            () ->
                AuditEvent.builder(Instant.EPOCH)
                    .eventType("access-decision")
                    .action(AuditAction.READ)
                    .actor("cli_1", "clinician")
                    .resource("progress-note", "not_1", ParticipantId.of("par_1"))
                    .reason("Patient Jane Doe said she relapsed")
                    .requestId("jane.doe@example.org phone 555-0100")
                    .build())
        .isInstanceOf(InvalidInputException.class)
        .hasMessage(
            "invalid input: reason: must be a code of 1-64 lower-case letters, digits and . _ -;"
                + " requestId: must be 1-64 characters of letters, digits and . _ : -, starting"
                + " with a letter or digit")
        .message()
        .doesNotContain("Jane", "555");
  }

  @Test
  void theLogsOwnEntryTypesAreReserved() {
    assertThatThrownBy(
            () ->
                AuditEvent.builder(Instant.EPOCH)
                    .eventType("checkpoint")
                    .action(AuditAction.EXECUTE)
                    .actor("cli_1", "clinician")
                    .resource("x", null, null)
                    .reason("x")
                    .build())
        .hasMessage("invalid input: eventType: is reserved for the audit log itself");
  }

  @Property(tries = 300)
  void everyEventSurvivesTheLineFormatAndItsHash(@ForAll("events") AuditEvent event)
      throws Exception {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    String body = AuditLines.chained(AuditLines.eventPart(event), 42, AuditLines.ZERO_HASH);
    byte[] line = AuditLines.line(body, sha, new String[1]);
    int length = line.length - 1;
    assertThat(line[length]).isEqualTo((byte) '\n');
    int bodyLength = AuditLines.bodyLength(line, length);
    assertThat(bodyLength).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
    assertThat(AuditLines.hashMatches(line, bodyLength, sha)).isTrue();
    assertThat(AuditLines.tailSeq(line, bodyLength)).isEqualTo(42);
    assertThat(AuditLines.kind(line, bodyLength)).isEqualTo('e');
    assertThat(AuditLines.toEvent(AuditLines.parseBody(line, bodyLength))).isEqualTo(event);
  }

  @Provide
  Arbitrary<AuditEvent> events() {
    Arbitrary<String> codes =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyz0123456789._-")
            .ofMinLength(1)
            .ofMaxLength(64)
            .filter(
                s ->
                    AuditEvent.CODE.matcher(s).matches() && !AuditEvent.RESERVED_TYPES.contains(s));
    Arbitrary<String> ids =
        Arbitraries.strings()
            .withChars("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._:-")
            .ofMinLength(1)
            .ofMaxLength(64)
            .filter(s -> Character.isLetterOrDigit(s.charAt(0)));
    Arbitrary<Instant> times =
        Arbitraries.longs().between(0, 4_102_444_800L).map(Instant::ofEpochSecond);
    return Combinators.combine(
            times,
            codes,
            Arbitraries.of(AuditAction.class),
            ids,
            codes,
            ids.injectNull(0.3),
            ids.map(ParticipantId::of).injectNull(0.3),
            Arbitraries.of(AuditOutcome.class))
        .flatAs(
            (t, type, action, actor, role, rid, pid, outcome) ->
                Combinators.combine(
                        codes,
                        Arbitraries.of(PurposeOfUse.class),
                        Arbitraries.of(true, false),
                        ids.injectNull(0.5))
                    .as(
                        (reason, purpose, bg, req) ->
                            new AuditEvent(
                                t,
                                type,
                                action,
                                actor,
                                role,
                                "progress-note",
                                rid,
                                pid,
                                outcome,
                                reason,
                                purpose,
                                bg,
                                req)));
  }
}
