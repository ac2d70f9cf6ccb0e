package org.newsgraph.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes to text: a byte-order mark decides the encoding when there is one; otherwise strict UTF-8,
 * falling back to windows-1252 (a superset of Latin-1 for printable text) when the bytes are not
 * UTF-8, because a slightly wrong decoding is more use than no article. Bytes that are not text at
 * all are refused.
 */
final class Decoder {

  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Share of control or undecodable characters above which a file is taken for binary. */
  private static final double MAX_NON_TEXT = 0.05;

  private Decoder() {}

  static String decode(byte[] bytes) throws Rejected {
    String text;
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      text = utf8OrWindows1252(bytes, 3);
    } else if (startsWith(bytes, 0xFE, 0xFF)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    } else if (startsWith(bytes, 0xFF, 0xFE)) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else {
      for (byte b : bytes) {
        if (b == 0) {
          throw new Rejected("binary (contains NUL bytes)");
        }
      }
      text = utf8OrWindows1252(bytes, 0);
    }
    if (isMostlyNonText(text)) {
      throw new Rejected("binary (mostly non-text characters)");
    }
    return text;
  }

  private static String utf8OrWindows1252(byte[] bytes, int offset) {
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(in)
          .toString();
    } catch (CharacterCodingException notUtf8) {
      // Expected for legacy single-byte files: decoding them as windows-1252 is the fallback.
      return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
  }

  private static boolean isMostlyNonText(String text) {
    int bad = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean control =
          Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f';
      if (control || c == '\uFFFD') {
        bad++;
      }
    }
    return bad > 0 && bad > text.length() * MAX_NON_TEXT;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
