package org.openiop.core.notes;

import java.text.Normalizer;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.openiop.core.ParticipantId;
import org.openiop.core.Violation;

/**
 * Finds another member's id or name in a group-note text: case, accents, compatibility forms and
 * runs of white space are ignored, and a match must stand as a whole word (so "Al" does not match
 * "also"). A common word that is also a member's name ("Hope") is reported too: the author then
 * rephrases, which is the safe direction to err in.
 */
final class MemberIdentification {
  private MemberIdentification() {}

  /**
   * Adds a violation at {@code path} if {@code text} identifies a member other than {@code owner}
   * ({@code null} owner: any member).
   */
  static void check(
      List<Violation> out,
      String path,
      String text,
      @Nullable ParticipantId owner,
      Collection<GroupMember> members) {
    String haystack = normalize(text);
    for (GroupMember m : members) {
      if (m.id().equals(owner)) {
        continue;
      }
      boolean found = containsWord(haystack, normalize(m.id().value()));
      for (String name : m.names()) {
        if (found) {
          break;
        }
        found = containsWord(haystack, normalize(name));
      }
      if (found) {
        out.add(
            new Violation(
                path,
                owner == null
                    ? "identifies group member " + m.id() + "; the shared part must identify no one"
                    : "identifies another group member (" + m.id() + ")"));
      }
    }
  }

  static String normalize(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFKD);
    return decomposed
        .replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT)
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static boolean containsWord(String haystack, String needle) {
    if (needle.isEmpty()) {
      return false;
    }
    int from = 0;
    while (true) {
      int i = haystack.indexOf(needle, from);
      if (i < 0) {
        return false;
      }
      int end = i + needle.length();
      boolean startOk = i == 0 || !Character.isLetterOrDigit(haystack.charAt(i - 1));
      boolean endOk = end == haystack.length() || !Character.isLetterOrDigit(haystack.charAt(end));
      if (startOk && endOk) {
        return true;
      }
      from = i + 1;
    }
  }
}
