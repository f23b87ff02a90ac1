package org.openiop.core.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects every log call (all levels, formatted, with the messages of any attached throwable)
 * while a capture is active. Fed by {@link CapturingSlf4jProvider}.
 */
public final class LogCapture {
  private static final List<String> LINES = new ArrayList<>();
  private static volatile boolean active;
  private static volatile boolean installed;

  private LogCapture() {}

  /** Clears and starts capturing. */
  public static void start() {
    synchronized (LINES) {
      LINES.clear();
    }
    active = true;
  }

  /**
   * Stops capturing.
   *
   * @return the captured lines
   */
  public static List<String> stop() {
    active = false;
    synchronized (LINES) {
      return List.copyOf(LINES);
    }
  }

  /**
   * Whether the capturing provider is the one SLF4J chose.
   *
   * @return true once a capturing logger has been created
   */
  public static boolean installed() {
    return installed;
  }

  static void markInstalled() {
    installed = true;
  }

  static boolean active() {
    return active;
  }

  static void add(String line) {
    synchronized (LINES) {
      LINES.add(line);
    }
  }
}
