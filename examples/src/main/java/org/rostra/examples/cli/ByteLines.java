package org.rostra.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads an input stream line by line as bytes, so that one line that is not UTF-8 is
 * reported and skipped instead of ending the whole run. A line longer than the limit is read
 * through without being kept in memory and reported as too long.
 */
final class ByteLines {
  private final InputStream in;
  private final long maxLineBytes;
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
  private long bytesRead;
  private long lineNumber;
  private boolean eof;

  ByteLines(InputStream in) {
    this(in, Long.MAX_VALUE);
  }

  ByteLines(InputStream in, long maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** One line: its number and its text, or the reason it could not be decoded. */
  record Line(long number, String text, String error) {}

  /** The next line, or null at the end. */
  Line next() throws IOException {
    if (eof) {
      return null;
    }
    buf.reset();
    int b;
    long length = 0;
    while ((b = in.read()) != -1) {
      bytesRead++;
      if (b == '\n') {
        break;
      }
      if (length++ < maxLineBytes) {
        buf.write(b);
      } else if (buf.size() > 0) {
        buf.reset(); // too long: drop what was kept, count the rest
      }
    }
    if (b == -1) {
      eof = true;
      if (length == 0) {
        return null;
      }
    }
    lineNumber++;
    if (length > maxLineBytes) {
      return new Line(lineNumber, null,
          "line of " + length + " bytes is longer than --max-line-bytes " + maxLineBytes);
    }
    byte[] bytes = buf.toByteArray();
    int len = bytes.length;
    if (len > 0 && bytes[len - 1] == '\r') {
      len--;
    }
    try {
      String s =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, len))
              .toString();
      return new Line(lineNumber, s, null);
    } catch (CharacterCodingException e) {
      return new Line(lineNumber, null, "not valid UTF-8");
    }
  }

  long bytesRead() {
    return bytesRead;
  }
}
