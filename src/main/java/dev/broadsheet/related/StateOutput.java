package dev.broadsheet.related;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Writes numbers and strings through a buffer of its own, with a CRC-32 of the bytes written so
 * far; {@link StateInput} reads them. Not thread-safe.
 */
final class StateOutput {
  private final OutputStream target;
  private final byte[] buffer = new byte[1 << 16];
  private final CRC32 crc = new CRC32();
  private int position;

  StateOutput(OutputStream target) {
    this.target = target;
  }

  void writeInt(int v) throws IOException {
    if (buffer.length - position < 4) {
      flush();
    }
    buffer[position] = (byte) (v >>> 24);
    buffer[position + 1] = (byte) (v >>> 16);
    buffer[position + 2] = (byte) (v >>> 8);
    buffer[position + 3] = (byte) v;
    position += 4;
  }

  void writeLong(long v) throws IOException {
    writeInt((int) (v >>> 32));
    writeInt((int) v);
  }

  void writeString(String s) throws IOException {
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    writeInt(bytes.length);
    if (buffer.length - position < bytes.length) {
      flush();
    }
    if (bytes.length > buffer.length) {
      crc.update(bytes);
      target.write(bytes);
    } else {
      System.arraycopy(bytes, 0, buffer, position, bytes.length);
      position += bytes.length;
    }
  }

  /** The CRC-32 of every byte written so far. */
  int checksum() throws IOException {
    flush();
    return (int) crc.getValue();
  }

  /** Hands what is buffered to the target, which is not flushed or closed. */
  void flush() throws IOException {
    crc.update(buffer, 0, position);
    target.write(buffer, 0, position);
    position = 0;
  }
}
