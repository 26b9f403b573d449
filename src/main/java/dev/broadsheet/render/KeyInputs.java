package dev.broadsheet.render;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * What a page is made from, spelled out as bytes to fingerprint: pages made from equal inputs
 * are equal. Text goes as UTF-8 behind its length and lists behind their size, so no two
 * different sequences of parts spell the same bytes; an article's identity goes as its sixteen
 * bytes. Written straight into one array: a rebuild of a large archive fingerprints every page,
 * and building each page's inputs as a string, then encoding it, took a tenth of the rebuild.
 * Not for use by several threads.
 */
public final class KeyInputs {
  private byte[] bytes;
  private int size;

  public KeyInputs(int capacity) {
    bytes = new byte[Math.max(16, capacity)];
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
    }
  }

  /** Adds a whole number, zero or more. */
  public KeyInputs number(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("a count or position, not " + n);
    }
    return varint(n);
  }

  /** Adds a whole number, negative or not: a time, say. */
  public KeyInputs signed(long n) {
    // Zigzag: small numbers either side of zero take few bytes, and no two numbers the same.
    return varint(n << 1 ^ n >> 63);
  }

  /** Seven bits a byte, low first, the high bit set on all but the last. */
  private KeyInputs varint(long n) {
    ensure(10);
    while ((n & ~0x7fL) != 0) {
      bytes[size++] = (byte) (n & 0x7f | 0x80);
      n >>>= 7;
    }
    bytes[size++] = (byte) n;
    return this;
  }

  /** Adds a text. */
  public KeyInputs text(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    number(utf8.length);
    ensure(utf8.length);
    System.arraycopy(utf8, 0, bytes, size, utf8.length);
    size += utf8.length;
    return this;
  }

  /** Adds {@code length} bytes from {@code source}: a part of fixed length, such as an identity. */
  public KeyInputs fixed(byte[] source, int start, int length) {
    ensure(length);
    System.arraycopy(source, start, bytes, size, length);
    size += length;
    return this;
  }

  /** Empties it, to spell another page's inputs in the room this one's took. */
  public KeyInputs clear() {
    size = 0;
    return this;
  }

  /** The bytes so far; the first {@link #size()} of them. */
  public byte[] bytes() {
    return bytes;
  }

  public int size() {
    return size;
  }
}
