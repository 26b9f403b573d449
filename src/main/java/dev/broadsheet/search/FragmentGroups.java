package dev.broadsheet.search;

import dev.broadsheet.scratch.ScratchFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
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
 * in temporary files by ranges of ids ({@link PartRanges}): a million articles' pages are
 * written in the order of the cache's log, in which a group's articles are far apart, and their
 * parts would not fit a small heap. Thread-safe.
 */
public final class FragmentGroups implements AutoCloseable {
  /** Articles to a fragment. The browser's {@code assets/search.js} uses the same number. */
  public static final int SIZE = 4;
  static final String FOLDER = "broadsheet-fragments-";
  /** Files of parts on disk at most, each open while the pages are written. */
  static final int MAX_RANGES = 512;

  private final int documents;
  private final int textChars;
  private final long budget;
  private final Path temporary;
  /** By id: a part held in memory, or null. */
  private final byte[][] held;
  /** By group: the parts held so far, for {@link #holdAndComplete}. */
  private final AtomicIntegerArray heldInGroup;
  private final AtomicLong heldBytes = new AtomicLong();
  /** Where parts beyond the budget wait, made when first needed (under this); else null. */
  private volatile PartRanges onDisk;

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
   * As {@link #hold}, giving the group's fragment when this was the last of its parts and all of
   * them are held in memory; null otherwise (the fragment is then made by {@link #fragment}).
   * Each position is to be held once.
   */
  public byte[] holdAndComplete(int position, SearchDocument d) {
    hold(position, d);
    int group = group(position);
    if (heldInGroup.incrementAndGet(group) != members(group)) {
      return null;
    }
    for (int k = 0; k < members(group); k++) {
      if (held[group * SIZE + k] == null) {
        return null; // on disk: made a range at a time, by fragment
      }
    }
    return fragment(group, p -> {
      throw new IllegalStateException("part " + p + " not held");
    });
  }

  /**
   * The fragment of {@code group}: each article's part as held, or made from {@code missing}
   * (given the article's position) if it was not. A part held is let go. Parts that waited on
   * disk are read a range of groups at a time: asked for in order, each range is read once.
   */
  public byte[] fragment(int group, IntFunction<SearchDocument> missing) {
    int[] positions = positions(group);
    byte[][] parts = new byte[positions.length][];
    PartRanges disk = onDisk;
    PartRanges.Loaded range = null;
    for (int k = 0; k < positions.length; k++) {
      int id = group * SIZE + k;
      byte[] part = takeHeld(id);
      if (part == null && disk != null) {
        if (range == null) {
          range = disk.read(disk.range(id)); // a group's ids are in one range
        }
        part = range.part(id);
      }
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
    onDisk().put(id, part);
  }

  /** The part of {@code id} held in memory, let go; null when none is. */
  private byte[] takeHeld(int id) {
    byte[] part = held[id];
    if (part != null) {
      held[id] = null;
      heldBytes.addAndGet(-part.length);
    }
    return part;
  }

  /**
   * Ids to a range of parts on disk: as many as an eighth of the budget holds (3.3 KB a part at
   * the benchmark's million), so that the ranges read at once ({@link PartRanges#LOADED}) take
   * half of it; but no more than {@link #MAX_RANGES} files, each open until the end. A group's
   * ids are never split.
   */
  private int idsPerRange() {
    long ids = Math.max(Math.max(1024, budget / 8 / 3300), documents / MAX_RANGES + 1);
    return (int) ((Math.min(ids, Math.max(documents, SIZE)) + SIZE - 1) / SIZE * SIZE);
  }

  private PartRanges onDisk() {
    PartRanges disk = onDisk;
    if (disk != null) {
      return disk;
    }
    synchronized (this) {
      if (onDisk == null) {
        try {
          onDisk = new PartRanges(ScratchFolders.parentOrSystem(temporary), FOLDER, documents,
              idsPerRange());
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the search index's temporary files", e);
        }
      }
      return onDisk;
    }
  }

  /** Deletes the temporary files, if any were made. */
  @Override
  public synchronized void close() {
    if (onDisk != null) {
      onDisk.close();
      onDisk = null;
    }
  }
}
