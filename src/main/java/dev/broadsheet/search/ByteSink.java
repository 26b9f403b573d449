package dev.broadsheet.search;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growing byte array written in big-endian numbers, for the index's temporary records: unlike
 * a {@code DataOutputStream} over a {@code ByteArrayOutputStream}, no lock and no call per byte.
 * Not for use by several threads.
 */
final class ByteSink {
  private byte[] bytes;
  private int size;

  ByteSink(int capacity) {
    bytes = new byte[capacity];
  }

  private void ensure(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(size + more, 2 * bytes.length));
    }
  }

  ByteSink putByte(int b) {
    ensure(1);
    bytes[size++] = (byte) b;
    return this;
  }

  ByteSink putShort(int s) {
    ensure(2);
    bytes[size++] = (byte) (s >>> 8);
    bytes[size++] = (byte) s;
    return this;
  }

  ByteSink putInt(int i) {
    ensure(4);
    bytes[size++] = (byte) (i >>> 24);
    bytes[size++] = (byte) (i >>> 16);
    bytes[size++] = (byte) (i >>> 8);
    bytes[size++] = (byte) i;
    return this;
  }

  /** Seven bits a byte, lowest first; the top bit says another byte follows. */
  ByteSink putVarint(int value) {
    ensure(5);
    while ((value & ~0x7f) != 0) {
      bytes[size++] = (byte) (value & 0x7f | 0x80);
      value >>>= 7;
    }
    bytes[size++] = (byte) value;
    return this;
  }

  ByteSink put(byte[] source, int start, int length) {
    ensure(length);
    System.arraycopy(source, start, bytes, size, length);
    size += length;
    return this;
  }

  /** Puts {@code i} at {@code at}, over what was put there before. */
  void setInt(int at, int i) {
    bytes[at] = (byte) (i >>> 24);
    bytes[at + 1] = (byte) (i >>> 16);
    bytes[at + 2] = (byte) (i >>> 8);
    bytes[at + 3] = (byte) i;
  }

  int size() {
    return size;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  void writeTo(OutputStream out) throws IOException {
    out.write(bytes, 0, size);
  }
}
