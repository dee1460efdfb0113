package io.github.ptce.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a file of JSON lines as bytes, one line at a time, in bounded memory: a line longer than
 * the limit is counted to its end and dropped, never held. Lines end at a line feed only; the
 * carriage return of a CR LF pair is removed, and any other carriage return stays in its line,
 * where the JSON reader sees it as a file reader would (a blank between values, a control character
 * in a string), so that line numbers never shift. Bytes are passed on as read: invalid UTF-8 is
 * rejected by the JSON reader, as in a file.
 *
 * <p>Not thread-safe.
 */
final class NdjsonLines implements Closeable {
  /**
   * One line.
   *
   * @param number its number, from 1
   * @param bytes its bytes without the line end, or null when it is longer than the limit
   * @param length its length in bytes
   */
  record Line(int number, byte[] bytes, long length) {
    /** Whether the line holds only blanks (space, tab, carriage return). */
    boolean blank() {
      if (bytes == null) {
        return false;
      }
      for (byte b : bytes) {
        if (b != ' ' && b != '\t' && b != '\r') {
          return false;
        }
      }
      return true;
    }
  }

  private final InputStream in;
  private final long limit;
  private final byte[] buffer = new byte[64 * 1024];
  private int position;
  private int end;
  private int number;
  private boolean finished;

  NdjsonLines(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /**
   * Returns the next line.
   *
   * @return the line, or null at the end of the file
   * @throws IOException if the file cannot be read
   */
  Line next() throws IOException {
    if (finished) {
      return null;
    }
    ByteArrayOutputStream kept = new ByteArrayOutputStream();
    long length = 0;
    boolean any = false;
    while (true) {
      if (position == end) {
        end = in.read(buffer);
        position = 0;
        if (end < 0) {
          end = 0;
          finished = true;
          break;
        }
        continue;
      }
      any = true;
      int start = position;
      int feed = -1;
      for (int i = position; i < end; i++) {
        if (buffer[i] == '\n') {
          feed = i;
          break;
        }
      }
      int stop = feed < 0 ? end : feed;
      int count = stop - start;
      // At most the limit plus one byte is kept (the carriage return of a CR LF); beyond, only
      // counted.
      long room = limit + 1 - length;
      if (room > 0) {
        kept.write(buffer, start, (int) Math.min(count, room));
      }
      length += count;
      position = feed < 0 ? end : feed + 1;
      if (feed >= 0) {
        break;
      }
    }
    if (!any) {
      return null;
    }
    number++;
    if (length > limit + 1) {
      return new Line(number, null, length);
    }
    byte[] bytes = kept.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return bytes.length > limit
        ? new Line(number, null, length)
        : new Line(number, bytes, bytes.length);
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
