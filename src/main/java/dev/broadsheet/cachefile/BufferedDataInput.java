package dev.broadsheet.cachefile;

import java.io.ByteArrayInputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.Checksum;

/**
 * Reads the numbers and strings a {@link java.io.DataOutputStream} wrote, through a buffer of
 * its own. The JDK's data stream reads a number a byte at a time from its source, and a
 * buffered stream takes a lock for each: the manifest of a site of 100,000 articles is some
 * two million numbers, and its reading spent more on the calls than on the numbers; the search
 * state's list of articles, read on the build's main thread, another half million. Not
 * thread-safe.
 *
 * <p>Given a checksum, it adds to it every byte read, and only those: what it reads ahead into
 * its buffer is added once it is read, so that a checksum stored after what it covers can be
 * read back and compared.
 */
public final class BufferedDataInput implements DataInput {
  private final InputStream source;
  private final byte[] buffer;
  private int position;
  private int limit;
  /** What every byte read is added to, or null. */
  private final Checksum checksum;
  /** Where in {@link #buffer} the bytes read but not yet in {@link #checksum} begin. */
  private int unchecked;

  public BufferedDataInput(InputStream source, int bufferSize) {
    this(source, bufferSize, null);
  }

  /** As {@link #BufferedDataInput(InputStream, int)}, adding every byte read to {@code checksum}. */
  public BufferedDataInput(InputStream source, int bufferSize, Checksum checksum) {
    this.source = source;
    this.buffer = new byte[bufferSize];
    this.checksum = checksum;
  }

  /** The checksum of every byte read so far; only if given one. */
  public long checksum() {
    check();
    return checksum.getValue();
  }

  /** Adds what was read since the last call to the checksum, if any. */
  private void check() {
    if (checksum != null) {
      checksum.update(buffer, unchecked, position - unchecked);
    }
    unchecked = position;
  }

  /** Makes sure {@code n} bytes, at most the buffer's size, are in the buffer. */
  private void need(int n) throws IOException {
    if (limit - position >= n) {
      return;
    }
    check();
    System.arraycopy(buffer, position, buffer, 0, limit - position);
    limit -= position;
    position = 0;
    unchecked = 0;
    while (limit < n) {
      int read = source.read(buffer, limit, buffer.length - limit);
      if (read < 0) {
        throw new EOFException();
      }
      limit += read;
    }
  }

  @Override
  public void readFully(byte[] b) throws IOException {
    readFully(b, 0, b.length);
  }

  @Override
  public void readFully(byte[] b, int off, int len) throws IOException {
    if (len <= buffer.length) {
      need(len);
      System.arraycopy(buffer, position, b, off, len);
      position += len;
      return;
    }
    int buffered = limit - position;
    System.arraycopy(buffer, position, b, off, buffered);
    position += buffered;
    check();
    for (int done = buffered; done < len; ) {
      // Past what is buffered: straight into the caller's array.
      int read = source.read(b, off + done, len - done);
      if (read < 0) {
        throw new EOFException();
      }
      if (checksum != null) {
        checksum.update(b, off + done, read);
      }
      done += read;
    }
  }

  @Override
  public int skipBytes(int n) throws IOException {
    int skipped = 0;
    while (skipped < n) {
      if (position == limit) {
        check();
        unchecked = 0;
        position = 0;
        limit = Math.max(0, source.read(buffer));
        if (limit == 0) {
          break;
        }
      }
      int step = Math.min(n - skipped, limit - position);
      position += step;
      skipped += step;
    }
    return skipped;
  }

  /**
   * Reads past the next {@code length} bytes if they are {@code expected}, all of it ASCII, and
   * says so; otherwise reads nothing. So a string most likely as expected is checked where it
   * lies, not made and compared: reading the related stories' state again, half a million of
   * them for 100,000 stories. A string longer than the buffer is never matched.
   */
  public boolean skipIfAscii(String expected, int length) throws IOException {
    if (expected.length() != length || length > buffer.length) {
      return false;
    }
    need(length);
    for (int i = 0; i < length; i++) {
      byte b = buffer[position + i];
      if (b < 0 || b != expected.charAt(i)) {
        return false;
      }
    }
    position += length;
    return true;
  }

  @Override
  public boolean readBoolean() throws IOException {
    return readByte() != 0;
  }

  @Override
  public byte readByte() throws IOException {
    need(1);
    return buffer[position++];
  }

  @Override
  public int readUnsignedByte() throws IOException {
    return readByte() & 0xff;
  }

  @Override
  public short readShort() throws IOException {
    return (short) readUnsignedShort();
  }

  @Override
  public int readUnsignedShort() throws IOException {
    return number(2);
  }

  @Override
  public char readChar() throws IOException {
    return (char) readUnsignedShort();
  }

  @Override
  public int readInt() throws IOException {
    return number(4);
  }

  /** The next {@code n} bytes, at most four, as a number, the first the highest. */
  private int number(int n) throws IOException {
    need(n);
    int v = 0;
    for (int end = position + n; position < end; position++) {
      v = v << 8 | (buffer[position] & 0xff);
    }
    return v;
  }

  @Override
  public long readLong() throws IOException {
    return (long) readInt() << 32 | (readInt() & 0xffffffffL);
  }

  @Override
  public float readFloat() throws IOException {
    return Float.intBitsToFloat(readInt());
  }

  @Override
  public double readDouble() throws IOException {
    return Double.longBitsToDouble(readLong());
  }

  /** Not a format the cache uses: lines are not read. */
  @Override
  public String readLine() {
    throw new UnsupportedOperationException("lines are not read from the build cache");
  }

  /**
   * Reads {@code length} bytes of UTF-8 as a string, made from the buffer where they fit there
   * rather than from a copy of them.
   */
  public String readUtf8(int length) throws IOException {
    if (length <= buffer.length) {
      need(length);
      String s = new String(buffer, position, length, StandardCharsets.UTF_8);
      position += length;
      return s;
    }
    byte[] bytes = new byte[length];
    readFully(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public String readUTF() throws IOException {
    int length = readUnsignedShort();
    if (length <= buffer.length) {
      need(length);
      int end = position + length;
      int i = position;
      while (i < end && buffer[i] >= 0) {
        i++;
      }
      if (i == end) {
        // ASCII, as nearly every path and key is: its modified UTF-8 is its Latin-1, and the
        // string is made from the buffer at once. The JDK's way decodes it into an array of
        // chars first, then packs them back into bytes: a manifest's 100,000 paths took
        // 29 ms of its 110 so.
        String ascii = new String(buffer, position, length, StandardCharsets.ISO_8859_1);
        position = end;
        return ascii;
      }
    }
    byte[] utf = new byte[2 + length];
    utf[0] = (byte) (length >>> 8);
    utf[1] = (byte) length;
    readFully(utf, 2, length);
    return DataInputStream.readUTF(new DataInputStream(new ByteArrayInputStream(utf)));
  }
}
