package dev.broadsheet.search;

import dev.broadsheet.cachefile.BufferedDataInput;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;

/**
 * What a build of the search index leaves for the next one: every article's path, place and
 * lengths, and every term's postings and entry, a group of terms (those sharing their first two
 * characters, which make their shards by themselves) at a time, with the shard files the group
 * made. A rebuild after a few edits makes again only the entries of the terms an edited article
 * has or had (see {@link ShardGroups}).
 *
 * <p>The file: a header (the token of the build that wrote it, the limits, and each article's
 * path, place and lengths, in path order), the groups' terms ({@link TermGroup}) in any order,
 * an index of the groups (each with its place, length, checksum and shard files), and where
 * the index starts. A group whose bytes do not check out is reported, never used.
 */
final class SearchState implements AutoCloseable {
  private static final int MAGIC = 0x42535331; // "BSS1"

  /** Where a group's postings are, and the shard files it made. */
  record Group(long offset, int length, long crc, List<String> shards) {}

  /** Past this many articles not found again, the previous build's are not named one by one. */
  static final int MAX_UNMATCHED = 1000;

  private final FileChannel channel;
  private final int[] headlineLengths;
  private final int[] bodyLengths;
  private final long headlineTerms;
  private final long bodyTerms;
  private final Map<String, Group> groups;
  private final int[] previousPositions;
  private final Map<Integer, String> unmatched;

  private SearchState(FileChannel channel, int[] headlineLengths, int[] bodyLengths,
      Map<String, Group> groups, int[] previousPositions, Map<Integer, String> unmatched) {
    this.channel = channel;
    this.headlineLengths = headlineLengths;
    this.bodyLengths = bodyLengths;
    this.groups = groups;
    this.previousPositions = previousPositions;
    this.unmatched = unmatched;
    this.headlineTerms = Arrays.stream(headlineLengths).asLongStream().sum();
    this.bodyTerms = Arrays.stream(bodyLengths).asLongStream().sum();
  }

  /**
   * The state in {@code file}, if it was written by the build named {@code token} with the
   * same limits and reads back whole (but for the groups' postings, checked when read). Its
   * articles are matched by path with {@code paths}, this build's, in the same order (sorted),
   * as they are read: no path is held, for a million of them would take a tenth of a gigabyte.
   */
  static SearchState open(Path file, String token, IndexLimits limits, List<String> paths)
      throws IOException {
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    try {
      long size = channel.size();
      ByteBuffer trailer = ByteBuffer.allocate(12);
      readFully(channel, trailer, size - 12);
      long indexAt = trailer.getLong(0);
      if (trailer.getInt(8) != MAGIC || indexAt < 0 || indexAt > size - 12) {
        throw new IOException("not a search state");
      }
      BufferedDataInput in = stream(channel, 0);
      if (in.readInt() != MAGIC || !readString(in).equals(token)
          || !readString(in).equals(limits.toString())) {
        throw new IOException("a search state of another build");
      }
      int n = in.readInt();
      int[] headline = new int[n];
      int[] body = new int[n];
      int[] previousPositions = new int[paths.size()];
      Arrays.fill(previousPositions, -1);
      Map<Integer, String> unmatched = new HashMap<>();
      String previousPath = null;
      for (int k = 0, slot = 0; k < n; k++) {
        String path = readString(in);
        int p = in.readInt();
        if (p < 0 || p >= n || previousPath != null && previousPath.compareTo(path) >= 0) {
          throw new IOException("a search state out of order");
        }
        previousPath = path;
        headline[p] = in.readInt();
        body[p] = in.readInt();
        int c = -1;
        while (slot < paths.size() && (c = paths.get(slot).compareTo(path)) < 0) {
          slot++;
        }
        if (slot < paths.size() && c == 0) {
          previousPositions[slot++] = p;
        } else if (unmatched.size() <= MAX_UNMATCHED) {
          unmatched.put(p, path);
        }
      }
      BufferedDataInput index = stream(channel, indexAt);
      int count = index.readInt();
      Map<String, Group> groups = new HashMap<>();
      for (int g = 0; g < count; g++) {
        String key = index.readUTF();
        long offset = index.readLong();
        int length = index.readInt();
        long crc = index.readLong();
        List<String> shards = new ArrayList<>();
        for (int s = index.readInt(); s > 0; s--) {
          shards.add(index.readUTF());
        }
        if (offset < 0 || length < 0 || offset + length > indexAt) {
          throw new IOException("a search state with a group out of place");
        }
        groups.put(key, new Group(offset, length, crc, List.copyOf(shards)));
      }
      return new SearchState(channel, headline, body, groups, previousPositions, unmatched);
    } catch (IOException | RuntimeException e) {
      channel.close();
      throw e instanceof IOException io ? io : new IOException(e);
    }
  }

  private static String readString(BufferedDataInput in) throws IOException {
    int length = in.readInt();
    if (length < 0 || length > 1 << 20) {
      throw new IOException("not a search state");
    }
    try {
      return in.readUtf8(length);
    } catch (EOFException e) {
      throw new IOException("search state cut short", e);
    }
  }

  private static BufferedDataInput stream(FileChannel channel, long at)
      throws IOException {
    return new BufferedDataInput(Channels.newInputStream(channel.position(at)), 1 << 16);
  }

  private static void readFully(FileChannel channel, ByteBuffer buffer, long at)
      throws IOException {
    while (buffer.hasRemaining()) {
      if (channel.read(buffer, at + buffer.position()) < 0) {
        throw new IOException("search state cut short");
      }
    }
  }

  int documents() {
    return headlineLengths.length;
  }

  /** The position in the previous build of the article at {@code slot} in this one, or -1. */
  int previousPosition(int slot) {
    return previousPositions[slot];
  }

  /**
   * The previous build's articles that are not at any slot of this one, by position, if there
   * are at most {@link #MAX_UNMATCHED}; else more than that.
   */
  Map<Integer, String> unmatched() {
    return unmatched;
  }

  int headlineLength(int position) {
    return headlineLengths[position];
  }

  int bodyLength(int position) {
    return bodyLengths[position];
  }

  Bm25 bm25() {
    return new Bm25(headlineLengths.length, headlineTerms, bodyTerms);
  }

  /** The groups' keys, each the first two characters of its terms. */
  Iterable<String> groupKeys() {
    return groups.keySet();
  }

  Group group(String key) {
    return groups.get(key);
  }

  /** The bytes of a group's postings, checked against their checksum. */
  byte[] bytes(Group group) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(group.length());
    readFully(channel, buffer, group.offset());
    byte[] bytes = buffer.array();
    if (crc(bytes) != group.crc()) {
      throw new IOException("a search state group is damaged");
    }
    return bytes;
  }

  static long crc(byte[] bytes) {
    CRC32 crc = new CRC32();
    crc.update(bytes);
    return crc.getValue();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }

  /**
   * Writes the state of a build: the header at once, then each group as it is made (from many
   * threads), then the index on {@link #finish}.
   */
  static final class Writer implements AutoCloseable {
    private final FileChannel channel;
    private final Map<String, Group> groups = new TreeMap<>();
    private long end;

    /**
     * @param paths each article's path, in path order, and {@code positions} its position, by
     *              which {@code headlineLengths} and {@code bodyLengths} give its lengths
     */
    Writer(Path file, String token, IndexLimits limits, List<String> paths, int[] positions,
        int[] headlineLengths, int[] bodyLengths) throws IOException {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
          StandardOpenOption.TRUNCATE_EXISTING);
      ByteSink out = new ByteSink(1 << 16);
      out.putInt(MAGIC);
      putString(out, token);
      putString(out, limits.toString());
      out.putInt(paths.size());
      for (int k = 0; k < paths.size(); k++) {
        int p = positions[k];
        putString(out, paths.get(k));
        out.putInt(p).putInt(headlineLengths[p]).putInt(bodyLengths[p]);
        // A megabyte at a time: a million articles' paths would hold seventy at once.
        if (out.size() > 1 << 20) {
          append(out.toByteArray());
          out = new ByteSink(1 << 16);
        }
      }
      append(out.toByteArray());
    }

    private static void putString(ByteSink out, String s) {
      byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
      out.putInt(utf8.length).put(utf8, 0, utf8.length);
    }

    /** Adds a group's terms, as {@link TermGroup.Writer} wrote them, and the shards it made. */
    void put(String key, byte[] bytes, List<String> shards) throws IOException {
      long crc = crc(bytes);
      synchronized (this) {
        groups.put(key, new Group(append(bytes), bytes.length, crc, List.copyOf(shards)));
      }
    }

    /** Adds a group of {@code from} as it is there. */
    synchronized void copy(String key, SearchState from, Group group) throws IOException {
      long at = end;
      channel.position(at);
      for (long done = 0; done < group.length(); ) {
        long n = from.channel.transferTo(group.offset() + done, group.length() - done, channel);
        if (n <= 0) {
          throw new IOException("search state cut short");
        }
        done += n;
      }
      end += group.length();
      groups.put(key, new Group(at, group.length(), group.crc(), group.shards()));
    }

    private synchronized long append(byte[] bytes) throws IOException {
      long at = end;
      ByteBuffer buffer = ByteBuffer.wrap(bytes);
      while (buffer.hasRemaining()) {
        channel.write(buffer, at + buffer.position());
      }
      end += bytes.length;
      return at;
    }

    /** Writes the index; the state is complete once this returns. */
    synchronized void finish() throws IOException {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      DataOutputStream out = new DataOutputStream(bytes);
      out.writeInt(groups.size());
      for (Map.Entry<String, Group> e : groups.entrySet()) {
        Group g = e.getValue();
        out.writeUTF(e.getKey());
        out.writeLong(g.offset());
        out.writeInt(g.length());
        out.writeLong(g.crc());
        out.writeInt(g.shards().size());
        for (String shard : g.shards()) {
          out.writeUTF(shard);
        }
      }
      long indexAt = end;
      out.writeLong(indexAt);
      out.writeInt(MAGIC);
      append(bytes.toByteArray());
    }

    @Override
    public void close() throws IOException {
      channel.close();
    }
  }
}
