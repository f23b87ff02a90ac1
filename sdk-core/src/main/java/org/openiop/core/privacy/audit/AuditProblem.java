package org.openiop.core.privacy.audit;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * The first integrity problem found in an audit log: its kind, the line and the entry sequence
 * number it concerns, and a detail that names positions only (never entry content).
 *
 * @param kind what is wrong; never {@code null}
 * @param line the 1-based line number of the bad entry
 * @param seq the sequence number of the first bad (or first missing) entry
 * @param detail a human-readable explanation with numbers only; never {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record AuditProblem(Kind kind, long line, long seq, String detail) {
  /** Checks presence. */
  public AuditProblem {
    Objects.requireNonNull(kind, "kind == null");
    Objects.requireNonNull(detail, "detail == null");
  }

  /**
   * Kinds of integrity problems, each with the tampering it indicates.
   *
   * @since 0.1
   */
  @API(status = API.Status.STABLE, since = "0.1")
  public enum Kind {
    /** A line is not a well-formed entry. */
    MALFORMED,
    /** An entry's content does not match its own hash: it was edited. */
    HASH_MISMATCH,
    /**
     * An entry's hash does not match what the next entry recorded: it was replaced (edited and
     * re-hashed) or an entry was forged after it.
     */
    BROKEN_LINK,
    /**
     * The entry at this line has the wrong sequence number: entries were deleted, inserted or
     * reordered.
     */
    OUT_OF_SEQUENCE,
    /** A checkpoint's Ed25519 signature does not verify, or its key is unknown. */
    BAD_SIGNATURE,
    /** The last line has no line end: a write was interrupted (crash) or the file was cut. */
    TORN_TAIL,
    /** The log ends before the entry its signed head file records: entries were cut off the end. */
    TRUNCATED,
    /** The signed head file does not match the entry of the same number in the log. */
    HEAD_MISMATCH,
    /** The log has checkpoints but its signed head file is missing. */
    HEAD_MISSING
  }

  @Override
  public String toString() {
    return kind + " at line " + line + " (entry " + seq + "): " + detail;
  }
}
