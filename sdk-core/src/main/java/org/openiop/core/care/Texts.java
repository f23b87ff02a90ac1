package org.openiop.core.care;

import java.util.List;
import java.util.Objects;
import org.openiop.core.InvalidInputException;

/** Checks lists of short entries in plans. */
final class Texts {
  private Texts() {}

  static List<String> entries(String path, List<String> entries) {
    Objects.requireNonNull(entries, path + " == null");
    for (String e : entries) {
      if (e == null || e.isBlank() || e.length() > 2000) {
        throw InvalidInputException.of(path, "entries must be 1-2000 characters");
      }
    }
    return List.copyOf(entries);
  }

  static String text(String path, String text) {
    if (text == null || text.isBlank() || text.length() > 2000) {
      throw InvalidInputException.of(path, "must be 1-2000 characters");
    }
    return text;
  }
}
