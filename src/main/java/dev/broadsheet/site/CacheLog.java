package dev.broadsheet.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.function.Consumer;
import java.util.zip.CRC32;

/**
 * One of the build cache's append-only logs: entries of bytes, each stored as
 * {@code [length][bytes][CRC-32]} and known by where it starts. Reads and appends may come from
 * many threads at once; an entry that does not read back exactly as written is refused.
 * Appends are gathered in memory and written a megabyte at a time, by a thread of the log's own
 * ({@link LogWriter}): a build appends two entries an article, and a write for each held the log
 * from the other threads.
 */
final class CacheLog implements AutoCloseable {
  private static final int BUFFER = 1 << 20;
  /** Bytes an entry takes besides its own: its length and its CRC-32. */
  static final int FRAMING = Integer.BYTES + Long.BYTES;
  private final String name;
  private final FileChannel channel;
  private final LogWriter writer;
  /** Appends gathered in memory, to be handed to the writer when full. */
  private ByteBuffer pending = ByteBuffer.allocate(BUFFER);
  /** Where {@link #pending} begins in the file: every byte before it is handed over. */
  private long handedOver;
  private final ThreadLocal<ByteBuffer> reading =
      ThreadLocal.withInitial(() -> ByteBuffer.allocate(1 << 14));
  /** Windows of {@code 1 << windowBits} bytes mapped for {@link #bytes}: 256 MB. */
  private static final int WINDOW_BITS = 28;
  private final int windowBits;
  private volatile MappedByteBuffer[] windows = new MappedByteBuffer[0];

  private CacheLog(String name, FileChannel channel, int windowBits) throws IOException {
    this.name = name;
    this.channel = channel;
    this.windowBits = windowBits;
    this.handedOver = channel.size();
    this.writer = new LogWriter(channel, handedOver, name, BUFFER);
  }

  /** The log {@code name} in {@code dir}, created if missing, to append to and read. */
  static CacheLog open(Path dir, String name) throws IOException {
    return open(dir, name, WINDOW_BITS);
  }

  /** As {@link #open(Path, String)}, mapping windows of {@code 1 << windowBits} bytes. */
  static CacheLog open(Path dir, String name, int windowBits) throws IOException {
    FileChannel channel = FileChannel.open(dir.resolve(name), StandardOpenOption.CREATE,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    channel.position(channel.size());
    return new CacheLog(name, channel, windowBits);
  }

  /** The existing log {@code name} in {@code dir}, to read only. */
  static CacheLog read(Path dir, String name) throws IOException {
    return new CacheLog(name, FileChannel.open(dir.resolve(name), StandardOpenOption.READ),
        WINDOW_BITS);
  }

  String name() {
    return name;
  }

  /** Appends an entry; returns where it starts. */
  long append(byte[] entry) throws IOException {
    return put(entry.length, crc(entry), target -> target.put(entry));
  }

  /**
   * Appends an entry made of {@code parts}, each preceded by its length as four bytes (the
   * layout of {@link EntryParts}); returns where it starts. The same bytes as appending the
   * parts joined, without joining them: an article's text and HTML, copied into one array
   * first, cost 2% of reading a story.
   *
   * @return where the entry starts; its length is {@link #partsLength} of the parts
   */
  long appendParts(byte[]... parts) throws IOException {
    CRC32 crc = new CRC32();
    byte[] prefix = new byte[4];
    for (byte[] part : parts) {
      ByteBuffer.wrap(prefix).putInt(part.length);
      crc.update(prefix);
      crc.update(part);
    }
    return put(partsLength(parts), crc.getValue(), target -> {
      for (byte[] part : parts) {
        target.putInt(part.length).put(part);
      }
    });
  }

  /**
   * Appends an entry of {@code length} bytes, which {@code bytes} puts in the buffer it is
   * given, framed by its length and {@code crc}; returns where it starts. An entry that does
   * not fit what is gathered in memory is written alone, after what was gathered.
   */
  private synchronized long put(int length, long crc, Consumer<ByteBuffer> bytes)
      throws IOException {
    if (pending.remaining() < length + FRAMING) {
      handOver();
    }
    boolean alone = pending.remaining() < length + FRAMING;
    long offset = handedOver + (alone ? 0 : pending.position());
    ByteBuffer target = alone ? ByteBuffer.allocate(length + FRAMING) : pending;
    target.putInt(length);
    bytes.accept(target);
    target.putLong(crc);
    if (alone) {
      writer.handOver(target.flip());
      handedOver += length + FRAMING;
    }
    return offset;
  }

  /** The length of the entry {@link #appendParts} makes of {@code parts}. */
  static int partsLength(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length = Math.addExact(length, Math.addExact(Integer.BYTES, part.length));
    }
    return length;
  }

  /** Hands what is gathered in memory to the writer, and goes on in a buffer it gives back. */
  private synchronized void handOver() throws IOException {
    long length = pending.position();
    pending = writer.handOver(pending.flip());
    handedOver += length;
  }

  /**
   * Writes what was appended to the file, waits until it is there, and lets go of the buffers
   * that waited to be.
   */
  void drain() throws IOException {
    handOver();
    writer.drain();
  }

  /**
   * The entry of {@code length} bytes at {@code offset}.
   *
   * @throws IOException when it is not there, or not as it was written
   */
  byte[] read(long offset, int length) throws IOException {
    if (offset + length + 12 > writer.written()) {
      drain(); // appended in this build, and waiting in memory
    }
    ByteBuffer buffer = scratch(length + 12);
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, offset + buffer.position()) < 0) {
        throw new IOException("log ends early");
      }
    }
    buffer.flip();
    if (buffer.getInt() != length) {
      throw new IOException("log entry has the wrong length");
    }
    byte[] entry = new byte[length];
    buffer.get(entry);
    if (buffer.getLong() != crc(entry)) {
      throw new IOException("log entry is corrupt");
    }
    return entry;
  }

  /**
   * As {@link #read}, through the file mapped in memory rather than by a system call: for a
   * log of small entries, each read by every build, such as the articles' heads. A system call
   * costs 3-8 µs on a virtual machine, and 100,000 heads took 0.7 s of a rebuild's load stage
   * that way; mapped, a page of the file holds a dozen heads and is faulted in once.
   *
   * @throws IOException when it is not there, or not as it was written
   */
  byte[] readMapped(long offset, int length) throws IOException {
    if (offset < 0 || length < 0) {
      throw new IOException("no entry at " + offset);
    }
    long end = offset + length + FRAMING;
    if (end > writer.written()) {
      drain(); // appended in this build, and waiting in memory
    }
    if (end > writer.written()) {
      throw new IOException("log ends early");
    }
    int at = (int) (offset & ((1L << windowBits) - 1));
    if (at + length + FRAMING > 1 << windowBits) {
      return read(offset, length); // across two windows: seldom, and read as it was before
    }
    MappedByteBuffer window = window((int) (offset >>> windowBits), at + length + FRAMING);
    if (window.getInt(at) != length) {
      throw new IOException("log entry has the wrong length");
    }
    byte[] entry = new byte[length];
    window.get(at + Integer.BYTES, entry);
    if (window.getLong(at + Integer.BYTES + length) != crc(entry)) {
      throw new IOException("log entry is corrupt");
    }
    return entry;
  }

  /**
   * The {@code length} bytes at {@code position}, part of an entry whose checksum the caller
   * has other means to check.
   *
   * @throws IOException when they are not there
   */
  byte[] bytes(long position, int length) throws IOException {
    if (position < 0 || length < 0) {
      throw new IOException("no bytes at " + position);
    }
    if (position + length > writer.written()) {
      drain();
    }
    if (position + length > writer.written()) {
      throw new IOException("log ends early");
    }
    byte[] bytes = new byte[length];
    int w = (int) (position >>> windowBits);
    int offset = (int) (position & ((1L << windowBits) - 1));
    if (offset + length <= 1 << windowBits) {
      window(w, offset + length).get(offset, bytes);
    } else {
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        if (channel.read(buffer, position + buffer.position()) < 0) {
          throw new IOException("log ends early");
        }
      }
    }
    return bytes;
  }

  /**
   * The mapped window {@code w} of the log, at least {@code size} bytes of it. Articles' texts
   * are read over and over while pages are written: by a system call each, they added 1-2 s
   * to a 100,000-article build of 30 s; mapped, a read is a copy.
   */
  private MappedByteBuffer window(int w, int size) throws IOException {
    MappedByteBuffer[] mapped = windows;
    if (w < mapped.length && mapped[w] != null && mapped[w].capacity() >= size) {
      return mapped[w];
    }
    synchronized (this) {
      mapped = windows;
      if (w < mapped.length && mapped[w] != null && mapped[w].capacity() >= size) {
        return mapped[w];
      }
      long start = (long) w << windowBits;
      // As far as the file goes: a mapping beyond its end would fault when read.
      long length = Math.min(1L << windowBits, writer.written() - start);
      MappedByteBuffer window = channel.map(FileChannel.MapMode.READ_ONLY, start, length);
      MappedByteBuffer[] grown = Arrays.copyOf(mapped, Math.max(mapped.length, w + 1));
      grown[w] = window;
      windows = grown;
      return window;
    }
  }

  /**
   * A thread's buffer for reading, cleared, with a limit of {@code size}: a build reads an
   * entry for every article, and a fresh buffer for each cost as much as the read.
   */
  private ByteBuffer scratch(int size) {
    ByteBuffer buffer = reading.get();
    if (buffer.capacity() < size) {
      buffer = ByteBuffer.allocate(Math.max(size, 2 * buffer.capacity()));
      reading.set(buffer);
    }
    return buffer.clear().limit(size);
  }

  /** Makes what was appended durable. */
  void force() throws IOException {
    drain();
    channel.force(false);
  }

  @Override
  public void close() throws IOException {
    try {
      drain();
    } finally {
      writer.stop();
      channel.close();
    }
  }

  private static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }
}
