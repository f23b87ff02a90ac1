package org.openiop.core.privacy.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/** Reads {@code \n}-terminated lines as bytes, and says whether the last one was terminated. */
final class LineReader {
  private final InputStream in;
  private final byte[] buffer = new byte[1 << 16];
  private int pos;
  private int limit;
  private byte[] line = new byte[1024];
  private int length;
  private boolean terminated;

  LineReader(InputStream in) {
    this.in = in;
  }

  /** Reads the next line; false at end of input. */
  boolean next() throws IOException {
    length = 0;
    terminated = false;
    while (true) {
      if (pos == limit) {
        limit = in.read(buffer);
        pos = 0;
        if (limit <= 0) {
          limit = 0;
          return length > 0;
        }
      }
      int start = pos;
      while (pos < limit && buffer[pos] != '\n') {
        pos++;
      }
      append(start, pos - start);
      if (pos < limit) {
        pos++;
        terminated = true;
        return true;
      }
    }
  }

  private void append(int from, int count) {
    if (length + count > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, length + count));
    }
    System.arraycopy(buffer, from, line, length, count);
    length += count;
  }

  byte[] line() {
    return line;
  }

  int length() {
    return length;
  }

  boolean terminated() {
    return terminated;
  }
}
