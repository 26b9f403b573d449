package dev.broadsheet.search;

import dev.broadsheet.scratch.ScratchFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * The search index's fragments, {@link #SIZE} articles to a file: a result shows an article's
 * headline, dates, section and the start of its text, and the file that holds them is
 * {@code search/d/N/G.js}, group G holding the articles with ids 4G to 4G + 3. An article's
 * id is its place counted from the end of the index, the oldest article. Positions count from
 * the newest, so every one moves when an article is added; ids move only for articles newer
 * than the one added, none when it is the newest, as it usually is in a newsroom, and then
 * only the last group changes. The browser turns positions into ids with the number of
 * articles in {@code meta.js}.
 *
 * <p>Four to a file: one file an article made half of a site's files (100,000 of 230,000 at
 * 100,000 articles), each one created when the site is built and looked at whenever it is
 * built again; a reader's result list fetches four articles' texts for each one it shows
 * (3.7 KB compressed rather than 1.4 KB).
 *
 * <p>An article's part is made when its page is written ({@link #hold}), and the group's file
 * once every part is at hand ({@link #fragment}). Parts wait in memory up to a budget, beyond it
 * in a temporary file: a million articles' pages are written in the order of the cache's log,
 * in which a group's articles are far apart, and their parts would not fit a small heap.
 * Thread-safe.
 */
public final class FragmentGroups implements AutoCloseable {
  /** Articles to a fragment. The browser's {@code assets/search.js} uses the same number. */
  public static final int SIZE = 4;
  static final String FOLDER = "broadsheet-fragments-";

  private final int documents;
  private final int textChars;
  private final long budget;
  private final Path temporary;
  /** By id: a part held in memory, or null. */
  private final byte[][] held;
  /** By id: where a part went in the temporary file, and its length; -1 when not there. */
  private final long[] spilledAt;
  private final int[] spilledLength;
  /** By group: the parts held so far, for {@link #holdAndComplete}. */
  private final AtomicIntegerArray heldInGroup;
  private final AtomicLong heldBytes = new AtomicLong();
  /** The temporary file, made when first needed; guarded by this. */
  private Path folder;
  private ScratchFolders.ShutdownDelete onShutdown;
  private FileChannel spill;
  /** The file's length with the parts still buffered, and without them. */
  private long spillEnd;
  private long written;
  /**
   * Parts on their way to the file, written a megabyte at a time: a write for each of a
   * million parts would be a million system calls.
   */
  private byte[] pending;
  private int pendingSize;
  private static final int PENDING = 1 << 20;

  /**
   * @param documents the articles in the index
   * @param budget    bytes of parts held in memory at most
   * @param temporary where to make the temporary folder, or null for the system's
   */
  FragmentGroups(int documents, int textChars, long budget, Path temporary) {
    this.documents = documents;
    this.textChars = textChars;
    this.budget = budget;
    this.temporary = temporary;
    this.held = new byte[documents][];
    this.spilledAt = new long[documents];
    this.spilledLength = new int[documents];
    Arrays.fill(spilledAt, -1);
    this.heldInGroup = new AtomicIntegerArray(count());
    // Those of a build killed outright, which could not delete them, go with the next build.
    ScratchFolders.removeStale(ScratchFolders.parentOrSystem(temporary), FOLDER, Instant.now());
  }

  /** How many groups the index has. */
  public int count() {
    return (documents + SIZE - 1) / SIZE;
  }

  /** The group of the article at {@code position} in index order. */
  public int group(int position) {
    return id(position) / SIZE;
  }

  /** The positions of the articles of {@code group}, in the order of their ids. */
  public int[] positions(int group) {
    int first = group * SIZE;
    int[] positions = new int[members(group)];
    for (int k = 0; k < positions.length; k++) {
      positions[k] = documents - 1 - (first + k);
    }
    return positions;
  }

  private int members(int group) {
    return Math.min(SIZE, documents - group * SIZE);
  }

  /** Where the fragment of {@code group} goes in the site: a thousand to a folder. */
  public String path(int group) {
    return IndexPaths.docs(group);
  }

  /** Holds the part of the article at {@code position} until its group's fragment is made. */
  public void hold(int position, SearchDocument d) {
    put(id(position), ResultFragments.member(d, textChars));
  }

  /**
   * As {@link #hold}, giving the group's fragment when this was the last of its parts; null
   * otherwise. Each position is to be held once.
   */
  public byte[] holdAndComplete(int position, SearchDocument d) {
    hold(position, d);
    int group = group(position);
    return heldInGroup.incrementAndGet(group) == members(group)
        ? fragment(group, p -> {
          throw new IllegalStateException("part " + p + " not held");
        })
        : null;
  }

  /**
   * The fragment of {@code group}: each article's part as held, or made from {@code missing}
   * (given the article's position) if it was not. A part held is let go.
   */
  public byte[] fragment(int group, IntFunction<SearchDocument> missing) {
    int[] positions = positions(group);
    byte[][] parts = new byte[positions.length][];
    for (int k = 0; k < positions.length; k++) {
      int id = group * SIZE + k;
      byte[] part = take(id);
      parts[k] = part != null ? part
          : ResultFragments.member(missing.apply(positions[k]), textChars);
    }
    return ResultFragments.group(group, parts);
  }

  private int id(int position) {
    if (position < 0 || position >= documents) {
      throw new IllegalArgumentException("position " + position + " of " + documents);
    }
    return documents - 1 - position;
  }

  private void put(int id, byte[] part) {
    if (heldBytes.addAndGet(part.length) <= budget) {
      held[id] = part;
      return;
    }
    heldBytes.addAndGet(-part.length);
    synchronized (this) {
      try {
        if (spill == null) {
          openSpill();
        }
        if (pendingSize + part.length > PENDING) {
          flush();
        }
        if (part.length > PENDING) {
          writeAt(part, part.length, written);
          written += part.length;
        } else {
          System.arraycopy(part, 0, pending, pendingSize, part.length);
          pendingSize += part.length;
        }
        spilledAt[id] = spillEnd;
        spilledLength[id] = part.length;
        spillEnd += part.length;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write the search index's temporary files", e);
      }
    }
  }

  /** Writes the buffered parts; called holding the lock. */
  private void flush() throws IOException {
    writeAt(pending, pendingSize, written);
    written += pendingSize;
    pendingSize = 0;
  }

  private void writeAt(byte[] bytes, int length, long at) throws IOException {
    ByteBuffer from = ByteBuffer.wrap(bytes, 0, length);
    while (from.hasRemaining()) {
      spill.write(from, at + from.position());
    }
  }

  /** The part of {@code id}, let go; null when none was held. */
  private byte[] take(int id) {
    byte[] part = held[id];
    if (part != null) {
      held[id] = null;
      heldBytes.addAndGet(-part.length);
      return part;
    }
    long at;
    FileChannel from;
    synchronized (this) {
      at = spilledAt[id];
      from = spill;
      if (at >= written && at >= 0) {
        try {
          flush();
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the search index's temporary files", e);
        }
      }
    }
    if (at < 0) {
      return null;
    }
    ByteBuffer bytes = ByteBuffer.allocate(spilledLength[id]);
    try {
      while (bytes.hasRemaining()) {
        if (from.read(bytes, at + bytes.position()) < 0) {
          throw new IOException("the temporary file ends early");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index's temporary files", e);
    }
    return bytes.array();
  }

  private void openSpill() throws IOException {
    folder = ScratchFolders.makePrivate(ScratchFolders.parentOrSystem(temporary), FOLDER);
    onShutdown = ScratchFolders.deleteOnShutdown(folder, () -> { });
    spill = FileChannel.open(folder.resolve("parts"), StandardOpenOption.CREATE_NEW,
        StandardOpenOption.READ, StandardOpenOption.WRITE);
    pending = new byte[PENDING];
  }

  /** Deletes the temporary file, if one was made. */
  @Override
  public synchronized void close() {
    if (spill == null) {
      return;
    }
    try {
      spill.close();
      ScratchFolders.delete(folder);
    } catch (IOException e) {
      // Left for a later build's removeStale.
    } finally {
      spill = null;
      pending = null;
      onShutdown.close();
    }
  }
}
