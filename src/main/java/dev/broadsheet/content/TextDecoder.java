package dev.broadsheet.content;

import dev.broadsheet.config.CleanText;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Bytes of an article file to text: UTF-8 with or without a byte-order mark, falling back to
 * Windows-1252 (a superset of Latin-1 that real archives are full of), with every line ending
 * made {@code \n}.
 */
final class TextDecoder {
  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /**
   * The decoded text.
   *
   * @param text            with {@code \n} line endings and no byte-order mark
   * @param notUtf8         true when the bytes were not valid UTF-8 and were read as Windows-1252
   */
  record Decoded(String text, boolean notUtf8) {}

  private TextDecoder() {}

  static Decoded decode(byte[] bytes) {
    String text;
    boolean fallback = false;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Windows-1252 leaves five bytes undefined; they become U+FFFD rather than failing.
      text = new String(bytes, WINDOWS_1252);
      fallback = true;
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.indexOf('\r') >= 0) {
      text = text.replace("\r\n", "\n").replace('\r', '\n');
    }
    // Control characters are invisible at best and make a page or feed invalid at worst.
    if (fallback || CleanText.mayHoldBad(bytes)) {
      text = CleanText.of(text);
    }
    return new Decoded(text, fallback);
  }

  /** True for content that is evidently not text: NUL bytes do not occur in any text file. */
  static boolean looksBinary(byte[] bytes) {
    int n = Math.min(bytes.length, 8192);
    for (int i = 0; i < n; i++) {
      if (bytes[i] == 0) {
        return true;
      }
    }
    return false;
  }
}
