package org.openiop.core.notes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;
import org.openiop.core.ClinicianId;
import org.openiop.core.InvalidInputException;
import org.openiop.core.NoteId;
import org.openiop.core.ParticipantId;
import org.openiop.core.SessionId;
import org.openiop.core.Violation;

class GroupNoteTest {
  static final Instant T0 = Instant.parse("2026-11-26T18:00:00Z");
  static final ClinicianId AUTHOR = ClinicianId.of("cli_g");
  static final ParticipantId ANA = ParticipantId.of("par_ana");
  static final ParticipantId BO = ParticipantId.of("par_bo");
  static final ParticipantId CY = ParticipantId.of("par_cy");
  static final List<GroupMember> MEMBERS =
      List.of(
          new GroupMember(ANA, Set.of("Ana", "Quintero", "Ana Quintero")),
          new GroupMember(BO, Set.of("Bo", "Lindqvist", "Bo Lindqvist", "Bobby")),
          new GroupMember(CY, Set.of("Cyrus", "Zafar", "Cyrus Zafar")));
  static final String SHARED = "Group practised distress tolerance skills (TIPP).";

  static GroupNote draft(Map<ParticipantId, String> parts) {
    return GroupNote.draft(
        NoteId.of("not_g"), SessionId.of("ses_1"), AUTHOR, T0, SHARED, parts, MEMBERS, false);
  }

  static Map<ParticipantId, String> clean() {
    return Map.of(
        ANA, "Ana engaged well and practised paced breathing.",
        BO, "Participant shared a recent stressor; used TIPP.",
        CY, "Quiet; agreed to try one skill before next session.");
  }

  @Test
  void aCleanGroupNoteIsAcceptedAndEachMemberGetsOnlyTheirOwnPart() {
    GroupNote note = draft(clean()).sign(AUTHOR, T0.plusSeconds(600));
    assertThat(note.members()).containsExactly(ANA, BO, CY);
    GroupNoteExtract forBo = note.extractFor(BO);
    assertThat(forBo.sharedPart().text()).isEqualTo(SHARED);
    assertThat(forBo.memberPart().text()).startsWith("Participant shared");
    assertThat(forBo.toString()).doesNotContain("shared");
    assertThatThrownBy(() -> note.extractFor(ParticipantId.of("par_zz")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("par_zz is not a member of group note not_g");
  }

  @Test
  void aMemberPartNamingAnotherMemberIsRejectedWithIdsOnly() {
    Map<ParticipantId, String> parts =
        Map.of(
            ANA, "Ana supported BOBBY when he described his week.",
            BO, "Used TIPP; thanked josé and Mr. Zafar afterwards.",
            CY, "Mentioned par_ana's advice.");
    List<Violation> v = GroupNote.check(SHARED, parts, MEMBERS);
    assertThat(v)
        .containsExactlyInAnyOrder(
            new Violation("memberParts.par_ana", "identifies another group member (par_bo)"),
            new Violation("memberParts.par_bo", "identifies another group member (par_cy)"),
            new Violation("memberParts.par_cy", "identifies another group member (par_ana)"));
    assertThatThrownBy(() -> draft(parts))
        .isInstanceOf(InvalidInputException.class)
        .message()
        .doesNotContain("Bobby", "BOBBY", "Zafar", "Ana ", "Lindqvist");
  }

  @Test
  void namesAreMatchedAcrossCaseAccentsAndSpacingButOnlyAsWholeWords() {
    List<GroupMember> members =
        List.of(
            new GroupMember(ANA, Set.of("José", "Al")),
            new GroupMember(BO, Set.of("Bo", "Ann Marie")));
    assertThat(GroupNote.check(SHARED, Map.of(ANA, "x", BO, "Spoke with JOSE."), members))
        .extracting(Violation::message)
        .containsExactly("identifies another group member (par_ana)");
    assertThat(GroupNote.check(SHARED, Map.of(ANA, "Mentioned ann   marie.", BO, "x"), members))
        .hasSize(1);
    assertThat(
            GroupNote.check(
                SHARED, Map.of(ANA, "Both bosses were also unhelpful.", BO, "Also calm."), members))
        .as("'Bo' inside 'Both'/'bosses' and 'Al' inside 'also' are not names")
        .isEmpty();
  }

  @Test
  void aMemberMayBeNamedInTheirOwnPartButTheSharedPartNamesNoOne() {
    assertThat(GroupNote.check(SHARED, clean(), MEMBERS)).isEmpty();
    assertThat(GroupNote.check("Cyrus led the check-in.", clean(), MEMBERS))
        .containsExactly(
            new Violation(
                "sharedPart",
                "identifies group member par_cy; the shared part must identify no one"));
  }

  @Test
  void everyMemberNeedsAPartAndOnlyMembersHaveOne() {
    Map<ParticipantId, String> parts =
        Map.of(ANA, "fine", BO, "fine", ParticipantId.of("par_x"), "fine");
    assertThat(GroupNote.check(SHARED, parts, MEMBERS))
        .containsExactlyInAnyOrder(
            new Violation("memberParts.par_cy", "is missing: every member needs an own part"),
            new Violation("memberParts.par_x", "is not a member of the group"));
  }

  @Test
  void addendaToAGroupNoteAreCheckedAndScopedToTheirMember() {
    GroupNote signed = draft(clean()).sign(AUTHOR, T0.plusSeconds(600));
    assertThatThrownBy(
            () ->
                signed.addAddendum(
                    AUTHOR,
                    ANA,
                    "Ana later said Bo Lindqvist helped.",
                    T0.plusSeconds(700),
                    MEMBERS))
        .isInstanceOf(InvalidInputException.class)
        .hasMessage("invalid input: addendum.text: identifies another group member (par_bo)");
    GroupNote amended =
        signed
            .addAddendum(AUTHOR, ANA, "Ana called to follow up.", T0.plusSeconds(700), MEMBERS)
            .addAddendum(
                AUTHOR, null, "Session ended 5 minutes early.", T0.plusSeconds(800), MEMBERS);
    assertThat(amended.extractFor(ANA).addenda()).hasSize(2);
    assertThat(amended.extractFor(BO).addenda()).hasSize(1);
    assertThat(amended.extractFor(BO).addenda().get(0).member()).isNull();
  }

  @Property(tries = 200)
  void anotherMembersNameAnywhereInAPartIsAlwaysCaught(
      @ForAll @AlphaChars @StringLength(max = 30) String before,
      @ForAll @AlphaChars @StringLength(max = 30) String after,
      @ForAll boolean upperCase) {
    String name = upperCase ? "LINDQVIST" : "Lindqvist";
    Map<ParticipantId, String> parts =
        Map.of(ANA, before + " " + name + " " + after, BO, "fine", CY, "fine");
    assertThat(GroupNote.check(SHARED, parts, MEMBERS))
        .contains(new Violation("memberParts.par_ana", "identifies another group member (par_bo)"));
  }
}
