package dev.broadsheet.site;

import dev.broadsheet.cachefile.BufferedDataInput;
import dev.broadsheet.content.SourceFile;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * The build cache's table of contents: the keys it was made under, the live log entries, and
 * the name of the file beside it that holds the site's files with the fingerprint of what each
 * was made from ({@link FileTableFile}), each build's own. Ends with a checksum of all before it.
 */
record Manifest(String inputKey, String outputKey, String log, long startedAt, String table,
    FileEntries sources, FileTable files) {
  private static final int MAGIC = 0x42534d31;
  private static final int FORMAT = 11;
  /** An article's numbers after its path: size, time, hash, identity and three entries. */
  private static final int SOURCE_BYTES =
      16 + CachedFile.HASH_BYTES + BuildCache.IDENTITY_BYTES + 3 * 12;

  /**
   * The manifest at {@code file} as stored, or null when there is none. Streamed, twice: once
   * for the checksum, so that nothing damaged is taken in, then to read it. A million-article
   * site's manifest is some 160 MB, not to be held at once; the table of files it names is
   * mapped ({@link FileTableFile}). It needs nothing of the build, so it is read while the
   * articles are scanned.
   */
  static Stored read(Path file) throws IOException {
    long length;
    try {
      length = Files.size(file);
    } catch (NoSuchFileException e) {
      return null;
    }
    if (length < 8) {
      throw new IOException("manifest is truncated");
    }
    long stored;
    CRC32 crc = new CRC32();
    try (InputStream checked = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (long left = length - 8; left > 0; ) {
        int n = checked.read(buffer, 0, (int) Math.min(buffer.length, left));
        if (n < 0) {
          throw new IOException("manifest is truncated");
        }
        crc.update(buffer, 0, n);
        left -= n;
      }
      stored = new DataInputStream(checked).readLong();
    }
    if (crc.getValue() != stored) {
      throw new IOException("manifest checksum does not match");
    }
    try (InputStream raw = Files.newInputStream(file)) {
      return read(new BufferedDataInput(raw, 1 << 16), file.getParent());
    }
  }

  /**
   * How many articles the manifest at {@code file} holds, read from its head alone, without the
   * checksum: a hint, not to be trusted with anything but a guess. Empty if it cannot be read.
   */
  static OptionalInt articles(Path file) {
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(
        Files.newInputStream(file), 1024))) {
      if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
        return OptionalInt.empty();
      }
      in.readUTF();
      in.readUTF();
      in.readUTF();
      in.readLong();
      in.readUTF();
      int articles = in.readInt();
      return articles >= 0 ? OptionalInt.of(articles) : OptionalInt.empty();
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  /** The manifest {@code in} holds, with the table of files it names in {@code dir}. */
  private static Stored read(DataInput in, Path dir) throws IOException {
    if (in.readInt() != MAGIC || in.readInt() != FORMAT) {
      throw new IOException("not a manifest of this version");
    }
    String inputKey = in.readUTF();
    String outputKey = in.readUTF();
    String log = in.readUTF();
    long startedAt = in.readLong();
    String table = in.readUTF();
    if (!FileTableFile.isName(table)) {
      throw new IOException("manifest names no table of files");
    }
    int count = in.readInt();
    if (count < 0) {
      throw new IOException("manifest counts " + count + " articles");
    }
    String[] paths = new String[count];
    CachedFile[] entries = new CachedFile[count];
    for (int i = 0; i < count; i++) {
      paths[i] = in.readUTF();
      long size = in.readLong();
      long modified = in.readLong();
      byte[] hash = new byte[CachedFile.HASH_BYTES];
      in.readFully(hash);
      byte[] identity = new byte[BuildCache.IDENTITY_BYTES];
      in.readFully(identity);
      entries[i] = new CachedFile(size, modified, hash, identity, in.readLong(), in.readInt(),
          in.readLong(), in.readInt(), in.readLong(), in.readInt());
    }
    FileTable files = FileTableFile.map(dir.resolve(table));
    return new Stored(inputKey, outputKey, log, startedAt, table, paths, entries, files,
        files.fingerprint());
  }

  /**
   * A manifest as read, its articles in the order written (by path), not yet matched with the
   * files of the build that reads it.
   */
  record Stored(String inputKey, String outputKey, String log, long startedAt, String table,
      String[] paths, CachedFile[] entries, FileTable files, SiteFingerprint site) {
    /**
     * The manifest, each article's path that is among {@code articles} that file's own string
     * rather than a copy: a rebuild of a million articles held both, over 100 MB of copies,
     * while it read the articles.
     */
    Manifest matched(FilePlaces articles) {
      // Concurrent: the build takes out each entry it reuses, from many threads. Keyed by the
      // files' own paths: a path read from the manifest is let go once it is found there.
      FileEntries sources = new FileEntries(articles);
      // The manifest's paths and the files are both in path order: each path is matched by a
      // walk along the files, not looked up by its hash (a cache miss each, 18 of the 32 ms
      // that matching 100,000 took). One that is not found so (an article since deleted, or a
      // manifest in another order) is looked up by its path.
      int file = 0;
      for (int i = 0; i < paths.length; i++) {
        String path = paths[i];
        int order = -1;
        while (file < articles.size() && (order = order(articles.path(file), path)) < 0) {
          file++;
        }
        if (order == 0) {
          sources.put(file, articles.path(file), entries[i]);
          file++;
        } else {
          sources.put(path, entries[i]);
        }
      }
      return new Manifest(inputKey, outputKey, log, startedAt, table, sources, files);
    }

    /** As {@link String#compareTo}, equal paths, the usual case, found by the quicker test. */
    private static int order(String a, String b) {
      return a.equals(b) ? 0 : a.compareTo(b);
    }

    /**
     * How many bytes of its log the articles' entries take, two each, framed: their heads are
     * in a log of their own, which goes with it.
     */
    long liveBytes() {
      long live = 0;
      for (CachedFile s : entries) {
        live += s.indexLength() + s.bodyLength() + 2L * CacheLog.FRAMING;
      }
      return live;
    }
  }

  /**
   * Writes the manifest to {@code file}, streamed: a million-article site's manifest is a few
   * hundred megabytes, not to be held in memory twice over. The articles go in path order: as
   * {@code inOrder}, the build's files sorted by path, gives them when every entry is of one of
   * those files, else sorted anew.
   */
  void write(Path file, List<SourceFile> inOrder) throws IOException {
    CRC32 crc = new CRC32();
    try (OutputStream raw = Files.newOutputStream(file)) {
      // Buffered before the checksum, which then takes the bytes 64 KB at a time rather than
      // a number at a time: half a million small writes for a large site.
      DataOutputStream out = new DataOutputStream(
          new BufferedOutputStream(new CheckedOutputStream(raw, crc), 1 << 16));
      out.writeInt(MAGIC);
      out.writeInt(FORMAT);
      out.writeUTF(inputKey);
      out.writeUTF(outputKey);
      out.writeUTF(log);
      out.writeLong(startedAt);
      out.writeUTF(table);
      out.writeInt(sources.size());
      RecordBuffer records = new RecordBuffer(out);
      // The build's own order, when every entry is of one of its files: sorting a million
      // paths again is slow in a rebuild, which runs in C1.
      if (sources.onlyFiles()) {
        int written = 0;
        for (int i = 0; i < inOrder.size(); i++) {
          String path = inOrder.get(i).relativePath();
          CachedFile s = sources.get(i, path);
          if (s != null) {
            put(records, path, s);
            written++;
          }
        }
        // The count went first: a manifest that lists fewer or more is not to be committed.
        if (written != sources.size()) {
          throw new IllegalStateException(written + " articles written of " + sources.size());
        }
      } else {
        String[] paths = sources.keySet().toArray(String[]::new);
        Arrays.sort(paths);
        for (String path : paths) {
          put(records, path, sources.get(path));
        }
      }
      records.flush();
      out.flush();
      new DataOutputStream(raw).writeLong(crc.getValue());
    }
  }

  /** An article's path and entry, as {@link #read} reads them. */
  private static void put(RecordBuffer records, String path, CachedFile s) throws IOException {
    ByteBuffer record = records.room(RecordBuffer.utfBytes(path) + SOURCE_BYTES);
    RecordBuffer.putUtf(record, path);
    record.putLong(s.size()).putLong(s.modified());
    s.putHash(record);
    s.putIdentity(record);
    record.putLong(s.head()).putInt(s.headLength()).putLong(s.index())
        .putInt(s.indexLength()).putLong(s.body()).putInt(s.bodyLength());
  }
}
