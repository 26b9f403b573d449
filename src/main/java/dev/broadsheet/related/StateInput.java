package dev.broadsheet.related;

import dev.broadsheet.cachefile.BufferedDataInput;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Reads what {@link StateOutput} wrote, through a {@link BufferedDataInput} that keeps a CRC-32
 * of the bytes read so far. The state of a large archive is millions of numbers: read through
 * the JDK's data, buffered and checked streams, each byte took a lock and a checksum call of its
 * own. Not thread-safe.
 */
final class StateInput {
  /** Longer strings are not written by this class's twin, so longer lengths mean damage. */
  private static final int MAX_STRING = 1 << 24;
  private final BufferedDataInput in;

  StateInput(InputStream source) {
    this.in = new BufferedDataInput(source, 1 << 16, new CRC32());
  }

  int readInt() throws IOException {
    return in.readInt();
  }

  long readLong() throws IOException {
    return in.readLong();
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
    int length = length();
    if (likely != null && in.skipIfAscii(likely, length)) {
      return likely;
    }
    byte[] bytes = new byte[length];
    in.readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Reads past a string, as {@link #readString} would read it, without making it. */
  void skipString() throws IOException {
    int length = length();
    if (in.skipBytes(length) != length) {
      throw new EOFException("the state ends early");
    }
  }

  private int length() throws IOException {
    int length = in.readInt();
    if (length < 0 || length > MAX_STRING) {
      throw new IOException("damaged string length " + length);
    }
    return length;
  }

  /** The CRC-32 of every byte read so far. */
  int checksum() {
    return (int) in.checksum();
  }
}
