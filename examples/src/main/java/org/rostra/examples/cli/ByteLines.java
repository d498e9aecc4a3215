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
 * reported and skipped instead of ending the whole run.
 */
final class ByteLines {
  private final InputStream in;
  private final ByteArrayOutputStream buf = new ByteArrayOutputStream(8192);
  private long bytesRead;
  private long lineNumber;
  private boolean eof;

  ByteLines(InputStream in) {
    this.in = in;
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
    while ((b = in.read()) != -1) {
      bytesRead++;
      if (b == '\n') {
        break;
      }
      buf.write(b);
    }
    if (b == -1) {
      eof = true;
      if (buf.size() == 0) {
        return null;
      }
    }
    lineNumber++;
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
