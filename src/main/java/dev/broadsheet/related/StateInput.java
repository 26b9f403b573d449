package dev.broadsheet.related;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Reads what {@link StateOutput} wrote, through a buffer of its own, with a CRC-32 of the bytes
 * read so far. The state of a large archive is millions of numbers: read through the JDK's
 * data, buffered and checked streams, each byte took a lock and a checksum call of its own.
 * Not thread-safe.
 */
final class StateInput {
  /** Longer strings are not written by this class's twin, so longer lengths mean damage. */
  private static final int MAX_STRING = 1 << 24;
  private final InputStream source;
  private final byte[] buffer = new byte[1 << 16];
  private final CRC32 crc = new CRC32();
  private int position;
  private int limit;
  /** Where in {@link #buffer} the bytes not yet in {@link #crc} begin. */
  private int checked;

  StateInput(InputStream source) {
    this.source = source;
  }

  int readInt() throws IOException {
    need(4);
    int v = (buffer[position] & 0xff) << 24 | (buffer[position + 1] & 0xff) << 16
        | (buffer[position + 2] & 0xff) << 8 | (buffer[position + 3] & 0xff);
    position += 4;
    return v;
  }

  long readLong() throws IOException {
    return (long) readInt() << 32 | (readInt() & 0xffffffffL);
  }

  String readString() throws IOException {
    return readString(null);
  }

  /**
   * Reads a string, which is most likely {@code likely} (or null if there is no guess): then
   * it is {@code likely} itself that is returned, not a copy. Reading again the stories of the
   * last build, nearly all as they were, each one's key, section and tags were made anew and
   * compared, half a million strings for 100,000 stories.
   */
  String readString(String likely) throws IOException {
    int length = readInt();
    if (length < 0 || length > MAX_STRING) {
      throw new IOException("damaged string length " + length);
    }
    if (length <= buffer.length) {
      need(length);
      if (likely != null && matchesAscii(likely, length)) {
        position += length;
        return likely;
      }
      String s = new String(buffer, position, length, StandardCharsets.UTF_8);
      position += length;
      return s;
    }
    byte[] bytes = new byte[length];
    for (int done = 0; done < length; ) {
      need(1);
      int n = Math.min(length - done, limit - position);
      System.arraycopy(buffer, position, bytes, done, n);
      position += n;
      done += n;
    }
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * Whether the {@code length} bytes at {@link #position} are {@code expected}, all of it in
   * ASCII: a string with other letters is made and compared, as its bytes are not its chars.
   */
  private boolean matchesAscii(String expected, int length) {
    if (expected.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      byte b = buffer[position + i];
      if (b < 0 || b != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Reads past a string, as {@link #readString} would read it, without making it. */
  void skipString() throws IOException {
    int length = readInt();
    if (length < 0 || length > MAX_STRING) {
      throw new IOException("damaged string length " + length);
    }
    for (int left = length; left > 0; ) {
      need(1);
      int n = Math.min(left, limit - position);
      position += n;
      left -= n;
    }
  }

  /** The CRC-32 of every byte read so far. */
  int checksum() {
    crc.update(buffer, checked, position - checked);
    checked = position;
    return (int) crc.getValue();
  }

  /** Makes at least {@code n} bytes, at most the buffer's length, ready at {@link #position}. */
  private void need(int n) throws IOException {
    if (limit - position >= n) {
      return;
    }
    checksum();
    System.arraycopy(buffer, position, buffer, 0, limit - position);
    limit -= position;
    position = 0;
    checked = 0;
    while (limit < n) {
      int read = source.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        throw new EOFException("the state ends early");
      }
      limit += read;
    }
  }
}
