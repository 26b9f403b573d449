package dev.broadsheet.site;

import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.content.ArticleScanner;
import dev.broadsheet.content.SourceFile;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.IntPredicate;

/**
 * Reads article files a little ahead of the threads that parse them, on threads of its own that
 * spend their time waiting for the disk, so that the parsing threads do not.
 *
 * <p>Why: a million articles' files (5 GB) do not stay in the page cache while the build writes
 * its 11 GB cache log beside them, and a thread that reads a file the disk must fetch leaves its
 * core idle. In a wall-clock profile of the million's load stage, its two threads spent 109 s
 * reading files, 16 s of it on the CPU, and through the stage 20-25% of the CPU was idle or
 * waiting for the disk; read ahead, 2-5%.
 *
 * <p>The parsing threads take the files in order, a few at a time ({@link #claimed}), and read
 * each through {@link #read}. Once they have read {@link #START_AFTER} themselves, the threads
 * here read the files after those claimed, at most {@link #AHEAD} ahead, and keep their bytes
 * until asked for. A file they could not read, or did not reach in time, is read by its parsing
 * thread as before, which also reports what is wrong with it. Files larger than
 * {@link #MAX_BYTES} are left to the parsing threads, so that what waits here stays small.
 *
 * <p>Archives of fewer than {@link #MIN_FILES} files are not read ahead: their files are read in
 * seconds, most often from the page cache, and the bytes waiting here outlive young collections,
 * which the quick JVM such a build runs in promotes at once: a 10,000-article build took
 * 232-236 MB with them against 191-197 MB without, and was no quicker (six alternating builds
 * each, 4.99-5.11 s against 5.06-5.13 s).
 */
final class ArticleReadAhead implements AutoCloseable {
  /**
   * How many files ahead of the parsing threads are read: some 40 ms of the million's parsing,
   * 1.3 MB of its files. Few, as what waits here outlives young collections.
   */
  static final int AHEAD = 256;
  /** Threads reading: two keep two requests before the disk while the parsers work. */
  static final int THREADS = 2;
  /** The largest file read ahead: at most {@link #AHEAD} of them wait, 16 MB. */
  static final long MAX_BYTES = 64 << 10;
  /** Files the parsing threads read themselves before reading ahead begins. */
  static final int START_AFTER = 32;
  /** The fewest files an archive has for its files to be read ahead. */
  static final int MIN_FILES = 25_000;
  /**
   * For {@code startAfter}: never read ahead. The parsing threads then count nothing and tell
   * nothing, as they would for every file.
   */
  static final int NEVER = -1;

  private record Fetched(int slot, byte[] bytes) {}

  private final List<SourceFile> files;
  private final List<ArticleScanner.Stamp> stamps;
  private final IntPredicate wanted;
  private final ArticleLoader loader;
  private final int startAfter;
  /**
   * Files read and not yet taken, at {@code slot % (2 * AHEAD)}: a slot is overwritten only once
   * the parsers have claimed {@link #AHEAD} files beyond it, by when it was taken long since.
   */
  private final AtomicReferenceArray<Fetched> ring = new AtomicReferenceArray<>(2 * AHEAD);
  private final AtomicInteger next = new AtomicInteger();
  /** Files the parsing threads read themselves, up to {@code startAfter}. */
  private final AtomicInteger readThemselves = new AtomicInteger();
  /** The parsing threads have claimed every file below this; guarded by this. */
  private int claimed;
  /** Set under this; read without it by a reader about to keep what it read. */
  private volatile boolean closed;

  /**
   * Reads ahead {@code files}, the scan's, whose sizes and times are {@code stamps}: those whose
   * slot {@code wanted} accepts (those the cache does not hold as they are), once the parsing
   * threads have read {@link #START_AFTER} themselves, if there are {@link #MIN_FILES} or more.
   * A rebuild that reads a few files starts no thread.
   */
  static ArticleReadAhead of(List<SourceFile> files, List<ArticleScanner.Stamp> stamps,
      IntPredicate wanted, ArticleLoader loader) {
    return new ArticleReadAhead(files, stamps, wanted, loader,
        files.size() >= MIN_FILES ? START_AFTER : NEVER);
  }

  /**
   * As {@link #of}, reading ahead once the parsing threads have read {@code startAfter}, or
   * never if it is {@link #NEVER}.
   */
  ArticleReadAhead(List<SourceFile> files, List<ArticleScanner.Stamp> stamps,
      IntPredicate wanted, ArticleLoader loader, int startAfter) {
    this.startAfter = startAfter;
    this.files = files;
    this.stamps = stamps;
    this.wanted = wanted;
    this.loader = loader;
  }

  /** Tells the readers that the parsing threads have claimed every file below {@code end}. */
  void claimed(int end) {
    if (startAfter != NEVER) {
      claim(end);
    }
  }

  private synchronized void claim(int end) {
    if (end > claimed) {
      claimed = end;
      notifyAll();
    }
  }

  /**
   * The bytes of {@code file}, the {@code slot}th, of {@code size} bytes as scanned: read ahead,
   * or else read now ({@link ArticleLoader#read(SourceFile, long)}, which reports a file it
   * cannot read).
   */
  byte[] read(int slot, SourceFile file, long size) {
    int at = slot % ring.length();
    Fetched f = ring.get(at);
    if (f != null && f.slot() == slot && ring.compareAndSet(at, f, null)) {
      return f.bytes();
    }
    if (readThemselves.get() < startAfter
        && readThemselves.incrementAndGet() == startAfter) {
      for (int t = 0; t < THREADS; t++) {
        Tasks.daemon("broadsheet-read-ahead").execute(this::run);
      }
    }
    return loader.read(file, size);
  }

  /** Whether the file in {@code slot} was read ahead and waits to be asked for. */
  boolean holds(int slot) {
    Fetched f = ring.get(slot % ring.length());
    return f != null && f.slot() == slot;
  }

  /** Stops the readers and lets go of what they read. */
  @Override
  public synchronized void close() {
    closed = true;
    notifyAll();
    for (int i = 0; i < ring.length(); i++) {
      ring.set(i, null);
    }
  }

  private void run() {
    for (int slot = next.getAndIncrement(); slot < files.size(); slot = next.getAndIncrement()) {
      synchronized (this) {
        while (!closed && slot >= claimed + AHEAD) {
          try {
            wait();
          } catch (InterruptedException e) {
            return; // reading ahead is only ever a help
          }
        }
        if (closed) {
          return;
        }
        if (slot < claimed) {
          // Behind the parsers: skip to where they are rather than read what they are reading.
          next.accumulateAndGet(claimed, Math::max);
          continue;
        }
      }
      long size = stamps.get(slot).size();
      try {
        if (size > MAX_BYTES || !wanted.test(slot)) {
          continue;
        }
        byte[] bytes = loader.read(files.get(slot), size);
        if (!closed) {
          ring.set(slot % ring.length(), new Fetched(slot, bytes));
        }
      } catch (RuntimeException e) {
        // Left to the parsing thread, which reads it again and reports what is wrong.
      }
    }
  }
}
