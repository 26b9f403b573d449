package dev.broadsheet.render;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A writer that encodes straight into a growing UTF-8 byte array. A page goes from the template
 * to its bytes in one pass, without the synchronised buffer of a {@code StringWriter} or a copy
 * into a string; encoding a string that holds any non-Latin-1 character (a dash, a curly quote)
 * is otherwise one of the costliest steps of writing a page. Not for use by several threads.
 */
final class Utf8Writer extends Writer {
  private byte[] bytes;
  private int size;
  /** A high surrogate whose low half has not been written yet, or 0. */
  private char pending;
  private final char[] chunk = new char[4096];
  /** Strings this long or longer are encoded by the JDK: below, the call costs more. */
  private static final int FAST = 16;
  /** The largest buffer {@link #reset} keeps: 1 MB, some fifty times a listing page. */
  private static final int KEPT_BYTES = 1 << 20;

  Utf8Writer(int capacity) {
    bytes = new byte[capacity];
  }

  @Override
  public void write(int c) {
    put((char) c);
  }

  @Override
  public void write(char[] chars, int offset, int length) {
    ensure(length);
    int end = offset + length;
    int i = offset;
    if (pending == 0) {
      // Most of a page is ASCII: copied without a call a character.
      byte[] b = bytes;
      int at = size;
      for (char c; i < end && (c = chars[i]) < 0x80; i++) {
        b[at++] = (byte) c;
      }
      size = at;
    }
    for (; i < end; i++) {
      put(chars[i]);
    }
  }

  @Override
  public void write(String s, int offset, int length) {
    if (length >= FAST && pending == 0
        && !Character.isHighSurrogate(s.charAt(offset + length - 1))) {
      // The JDK's own encoder, vectorised for the common all-Latin-1 string, gives the same
      // bytes here: a lone surrogate is '?', and none is left waiting for its other half.
      byte[] utf8 = (offset == 0 && length == s.length() ? s : s.substring(offset,
          offset + length)).getBytes(StandardCharsets.UTF_8);
      if (size + utf8.length > bytes.length) {
        bytes = Arrays.copyOf(bytes, Math.max(size + utf8.length, 2 * bytes.length));
      }
      System.arraycopy(utf8, 0, bytes, size, utf8.length);
      size += utf8.length;
      return;
    }
    // Copied out in chunks (an intrinsic copy), so both kinds of write share one loop.
    for (int done = 0; done < length; done += chunk.length) {
      int n = Math.min(chunk.length, length - done);
      s.getChars(offset + done, offset + done + n, chunk, 0);
      write(chunk, 0, n);
    }
  }

  @Override
  public Writer append(CharSequence s) {
    String text = String.valueOf(s);
    write(text, 0, text.length());
    return this;
  }

  /**
   * Writes {@code value} escaped for HTML exactly as Mustache.java's {@code HtmlEscaper} does
   * (the same entities for the same characters), reading the string in place: the escaper
   * copies every value into a new array first, and a page has hundreds of values.
   */
  void writeEscaped(String value) {
    int length = value.length();
    if (pending != 0 || length == 0 || Character.isHighSurrogate(value.charAt(length - 1))) {
      writeEscapedByChar(value);
      return;
    }
    // Encoded whole by the JDK, then scanned as bytes: every character to escape is ASCII, and
    // an ASCII byte in UTF-8 is always that character. Reading a string a character at a time
    // cost more than encoding it. A surrogate without its other half is '?' either way.
    byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
    int start = 0;
    for (int i = 0; i < utf8.length; i++) {
      int b = utf8[i] & 0xff;
      byte[] entity;
      if (b <= 96 && (entity = ENTITIES[b]) != null) {
        putBytes(utf8, start, i - start);
        putBytes(entity, 0, entity.length);
        start = i + 1;
      }
    }
    putBytes(utf8, start, utf8.length - start);
  }

  private void putBytes(byte[] source, int from, int count) {
    if (size + count > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + count, 2 * bytes.length));
    }
    System.arraycopy(source, from, bytes, size, count);
    size += count;
  }

  /** As {@link #writeEscaped}, for a value that may pair with a surrogate half around it. */
  private void writeEscapedByChar(String value) {
    int start = 0;
    int length = value.length();
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      byte[] entity;
      if (c <= 96 && (entity = ENTITIES[c]) != null) {
        if (i > start) {
          write(value, start, i - start);
        }
        ensure(entity.length + 1);
        if (pending != 0) {
          // A high surrogate with no low half: '?', as when the escaper writes the entity.
          bytes[size++] = '?';
          pending = 0;
        }
        System.arraycopy(entity, 0, bytes, size, entity.length);
        size += entity.length;
        start = i + 1;
      }
    }
    if (start < length) {
      write(value, start, length - start);
    }
  }

  /** Mustache.java's HTML entities, by character; null for a character written as it is. */
  private static final byte[][] ENTITIES = new byte[97][];

  static {
    for (int c = 0; c <= 13; c++) {
      ENTITIES[c] = ("&#" + c + ";").getBytes(StandardCharsets.US_ASCII);
    }
    String[][] named = {{"&", "&amp;"}, {"<", "&lt;"}, {">", "&gt;"}, {"\"", "&quot;"},
        {"'", "&#39;"}, {"=", "&#61;"}, {"`", "&#96;"}};
    for (String[] n : named) {
      ENTITIES[n[0].charAt(0)] = n[1].getBytes(StandardCharsets.US_ASCII);
    }
  }

  private void put(char c) {
    if (c < 0x80 && pending == 0) {
      if (size == bytes.length) {
        ensure(1);
      }
      bytes[size++] = (byte) c;
      return;
    }
    ensure(4);
    if (pending != 0) {
      char high = pending;
      pending = 0;
      if (Character.isLowSurrogate(c)) {
        int cp = Character.toCodePoint(high, c);
        bytes[size++] = (byte) (0xf0 | cp >> 18);
        bytes[size++] = (byte) (0x80 | cp >> 12 & 0x3f);
        bytes[size++] = (byte) (0x80 | cp >> 6 & 0x3f);
        bytes[size++] = (byte) (0x80 | cp & 0x3f);
        return;
      }
      bytes[size++] = '?';
      put(c);
      return;
    }
    if (c < 0x80) {
      bytes[size++] = (byte) c;
    } else if (c < 0x800) {
      bytes[size++] = (byte) (0xc0 | c >> 6);
      bytes[size++] = (byte) (0x80 | c & 0x3f);
    } else if (Character.isHighSurrogate(c)) {
      pending = c;
    } else if (Character.isLowSurrogate(c)) {
      // Unpaired, as String.getBytes has it.
      bytes[size++] = '?';
    } else {
      bytes[size++] = (byte) (0xe0 | c >> 12);
      bytes[size++] = (byte) (0x80 | c >> 6 & 0x3f);
      bytes[size++] = (byte) (0x80 | c & 0x3f);
    }
  }

  private void ensure(int chars) {
    // At most three bytes a char (a surrogate pair is four bytes for two chars).
    long need = (long) size + 3L * chars + 1;
    if (need > bytes.length) {
      bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8,
          Math.max(need, 2L * bytes.length)));
    }
  }

  /**
   * Empties the writer for the next page, keeping its buffers; false, and nothing done, when
   * they have grown too large to keep for a page of the usual size.
   */
  boolean reset() {
    if (bytes.length > KEPT_BYTES) {
      return false;
    }
    size = 0;
    pending = 0;
    return true;
  }

  /** The bytes written so far; an unpaired high surrogate at the end counts as '?'. */
  byte[] toByteArray() {
    byte[] result = Arrays.copyOf(bytes, size + (pending != 0 ? 1 : 0));
    if (pending != 0) {
      result[size] = '?';
    }
    return result;
  }

  @Override
  public void flush() {}

  @Override
  public void close() {}
}
