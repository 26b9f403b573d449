package dev.broadsheet.site;

import dev.broadsheet.scratch.FreshNames;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.CRC32C;

/**
 * A {@link FileTable} in a file of its own, laid out as the table holds itself in memory, so
 * that the next build maps it and reads it in place rather than decode it file by file. At
 * 100,000 articles the table of 230,000 files is 22 MB; decoded from a stream into fresh pages
 * it took 0.3-0.4 s of CPU of every rebuild (the bytes copied twice by the kernel, the pages
 * zeroed, every record taken apart), on a thread beside the scan and the site check, which
 * needed the cores.
 *
 * <p>The file: a header (magic, format, how many files, how many bytes of paths), the pages of
 * paths and of records as they filled ({@link FileColumns.Pages}), which files have a key, the
 * table's slots, an index of where each of those is with the files' fingerprint, the index's
 * place, and a CRC-32C of all before it. Nothing in it is trusted until the checksum matches,
 * and the index is checked against the file before any page is taken.
 */
final class FileTableFile {
  /** What every table's file name begins with. */
  static final String PREFIX = "files-";
  private static final Pattern NAME = Pattern.compile(PREFIX + "[0-9a-f-]{1,64}\\.bin");
  private static final int MAGIC = 0x42534654;
  private static final int FORMAT = 1;
  private static final int HEADER = 4 + 4 + 4 + 8;
  /** The index's place and the checksum, at the end. */
  private static final int TRAILER = 8 + 8;
  /** Mapped for the checksum a window at a time. */
  private static final long WINDOW = 1L << 30;

  private FileTableFile() {}

  /**
   * A name for a new table's file, never used before: a table the last build mapped is never
   * written over, and the manifest names the one that goes with it.
   */
  static String newName() {
    return PREFIX + FreshNames.next() + ".bin";
  }

  /** Whether {@code name} is such a name, a file's in the cache folder and nothing more. */
  static boolean isName(String name) {
    return NAME.matcher(name).matches();
  }

  /** Writes {@code table} to {@code file}, replacing what is there. */
  static void write(FileTable table, Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      Output out = new Output(channel);
      out.put(ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(FORMAT).putInt(table.size())
          .putLong(table.pathBytes()).flip());
      List<long[]> pathPages = new ArrayList<>();
      List<Long> recordPages = new ArrayList<>();
      BitSet keyed = new BitSet(table.size());
      SiteFingerprint site = table.layOut(new FileColumns.Pages(new FileColumns.PageSink() {
        @Override
        public void paths(ByteBuffer page) throws IOException {
          pathPages.add(new long[] {out.position, page.remaining()});
          out.put(page);
        }

        @Override
        public void records(ByteBuffer page) throws IOException {
          recordPages.add(out.position);
          out.put(page);
        }
      }), keyed);
      long keyedAt = out.position;
      long[] words = keyed.toLongArray();
      ByteBuffer keyBits = ByteBuffer.allocate(Long.BYTES * ((table.size() + 63) / 64));
      keyBits.asLongBuffer().put(words);
      out.put(keyBits);
      long slotsAt = out.position;
      ByteBuffer slots = table.slotBytes();
      int slotBytes = slots.remaining();
      out.put(slots);
      long indexAt = out.position;
      ByteBuffer index = ByteBuffer.allocate(4 + 12 * pathPages.size() + 4
          + 8 * recordPages.size() + 8 + 8 + 4 + 24);
      index.putInt(pathPages.size());
      for (long[] page : pathPages) {
        index.putLong(page[0]).putInt((int) page[1]);
      }
      index.putInt(recordPages.size());
      recordPages.forEach(index::putLong);
      index.putLong(keyedAt).putLong(slotsAt).putInt(slotBytes);
      index.putLong(site.files()).putLong(site.low()).putLong(site.high());
      out.put(index.flip());
      out.put(ByteBuffer.allocate(8).putLong(indexAt).flip());
      channel.write(ByteBuffer.allocate(8).putLong(out.crc.getValue()).flip());
    }
  }

  /** Writes to a channel, summing what it writes. */
  private static final class Output {
    private final FileChannel channel;
    private final CRC32C crc = new CRC32C();
    private long position;

    Output(FileChannel channel) {
      this.channel = channel;
    }

    void put(ByteBuffer bytes) throws IOException {
      crc.update(bytes.duplicate());
      while (bytes.hasRemaining()) {
        position += channel.write(bytes);
      }
    }
  }

  /**
   * The table in {@code file}, mapped: its pages are the file's, read as they are needed.
   *
   * @throws IOException when the file cannot be read, is damaged or of another format
   */
  static FileTable map(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
      long size = channel.size();
      if (size < HEADER + TRAILER) {
        throw new IOException("table of files is truncated");
      }
      CRC32C crc = new CRC32C();
      for (long at = 0; at < size - 8; at += WINDOW) {
        crc.update(channel.map(FileChannel.MapMode.READ_ONLY, at,
            Math.min(WINDOW, size - 8 - at)));
      }
      ByteBuffer trailer = read(channel, size - TRAILER, TRAILER);
      if (trailer.getLong(8) != crc.getValue()) {
        throw new IOException("table of files checksum does not match");
      }
      ByteBuffer header = read(channel, 0, HEADER);
      if (header.getInt() != MAGIC || header.getInt() != FORMAT) {
        throw new IOException("table of files of another version");
      }
      int files = header.getInt();
      long pathBytes = header.getLong();
      long indexAt = trailer.getLong(0);
      if (files < 0 || indexAt < HEADER || indexAt > size - TRAILER) {
        throw new IOException("table of files is damaged");
      }
      ByteBuffer index = read(channel, indexAt, (int) (size - TRAILER - indexAt));
      ByteBuffer[] paths = new ByteBuffer[index.getInt()];
      for (int p = 0; p < paths.length; p++) {
        paths[p] = map(channel, index.getLong(), index.getInt(), indexAt);
      }
      ByteBuffer[] records = new ByteBuffer[index.getInt()];
      for (int p = 0; p < records.length; p++) {
        records[p] = map(channel, index.getLong(),
            Math.min(FileColumns.FILES, files - p * FileColumns.FILES) * FileColumns.RECORD,
            indexAt);
      }
      LongBuffer words = map(channel, index.getLong(), Long.BYTES * ((files + 63) / 64),
          indexAt).asLongBuffer();
      long slotsAt = index.getLong();
      ByteBuffer slots = map(channel, slotsAt, index.getInt(), indexAt);
      SiteFingerprint site = new SiteFingerprint(index.getLong(), index.getLong(),
          index.getLong());
      if (index.hasRemaining() || site.files() != files) {
        throw new IOException("table of files is damaged");
      }
      return new FileTable(new FileColumns(paths, records, BitSet.valueOf(words), files),
          slots, pathBytes, site);
    } catch (IllegalArgumentException | IndexOutOfBoundsException
        | BufferUnderflowException e) {
      throw new IOException("table of files is damaged", e);
    }
  }

  /** The {@code length} bytes at {@code at}, read. */
  private static ByteBuffer read(FileChannel channel, long at, int length) throws IOException {
    ByteBuffer bytes = ByteBuffer.allocate(length);
    while (bytes.hasRemaining()) {
      if (channel.read(bytes, at + bytes.position()) < 0) {
        throw new IOException("table of files is truncated");
      }
    }
    return bytes.flip();
  }

  /** The {@code length} bytes at {@code at}, mapped; they must end before {@code end}. */
  private static ByteBuffer map(FileChannel channel, long at, int length, long end)
      throws IOException {
    if (at < HEADER || length < 0 || at + length > end) {
      throw new IOException("table of files is damaged");
    }
    return channel.map(FileChannel.MapMode.READ_ONLY, at, length);
  }
}
