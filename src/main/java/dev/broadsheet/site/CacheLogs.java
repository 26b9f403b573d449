package dev.broadsheet.site;

import dev.broadsheet.scratch.FreshNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The build cache's logs: the one this build appends its articles' entries to, with the log of
 * their heads beside it, and the previous build's pair, from which reused entries are read.
 * While most of the previous log is live, this build appends to it, and the two pairs are the
 * same files; otherwise it starts a new pair and copies the live entries it reuses.
 */
final class CacheLogs implements AutoCloseable {
  private static final String LOG_PREFIX = "log-";
  private static final String HEADS_PREFIX = "heads-";

  private final CacheLog log;
  /**
   * The articles' heads, in a log of their own beside {@link #log} and named after it
   * ({@link #headsOf}): every build reads every head, and read from a small file mapped in
   * memory they cost a rebuild a fraction of what reading each from the log did.
   */
  private final CacheLog heads;
  /** The previous build's logs, or null when there are none to read. */
  private final CacheLog previousLog;
  private final CacheLog previousHeads;

  private CacheLogs(CacheLog log, CacheLog heads, CacheLog previousLog, CacheLog previousHeads) {
    this.log = log;
    this.heads = heads;
    this.previousLog = previousLog;
    this.previousHeads = previousHeads;
  }

  /**
   * The logs in the cache folder {@code dir}, given the name of the log the previous build's
   * manifest names, if its entries may be reused (null if not), and how many of its bytes are
   * live.
   */
  static CacheLogs open(Path dir, String previous, long previousLive) throws IOException {
    boolean usable = previous != null && Files.isRegularFile(dir.resolve(previous))
        && Files.isRegularFile(dir.resolve(headsOf(previous)));
    boolean appending = usable
        && Files.size(dir.resolve(previous)) < 2 * previousLive + (16 << 20);
    String name = appending ? previous : LOG_PREFIX + FreshNames.next() + ".bin";
    List<CacheLog> opened = new ArrayList<>(4);
    try {
      CacheLog log = opening(opened, CacheLog.open(dir, name));
      CacheLog heads = opening(opened, CacheLog.open(dir, headsOf(name)));
      if (appending || !usable) {
        return appending ? new CacheLogs(log, heads, log, heads)
            : new CacheLogs(log, heads, null, null);
      }
      return new CacheLogs(log, heads, opening(opened, CacheLog.read(dir, previous)),
          opening(opened, CacheLog.read(dir, headsOf(previous))));
    } catch (IOException | RuntimeException e) {
      // A build that watches the articles goes on after a failed one: nothing may stay open.
      for (CacheLog log : opened) {
        try {
          log.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw e;
    }
  }

  private static CacheLog opening(List<CacheLog> opened, CacheLog log) {
    opened.add(log);
    return log;
  }

  /** The name of the log of heads that goes with the log {@code log}. */
  static String headsOf(String log) {
    return HEADS_PREFIX + (log.startsWith(LOG_PREFIX) ? log.substring(LOG_PREFIX.length()) : log);
  }

  /** The log this build appends to. */
  CacheLog log() {
    return log;
  }

  /** The log of heads this build appends to. */
  CacheLog heads() {
    return heads;
  }

  /** The previous build's log, or null when there is none to read. */
  CacheLog previousLog() {
    return previousLog;
  }

  /** The previous build's log of heads, or null when there is none to read. */
  CacheLog previousHeads() {
    return previousHeads;
  }

  /** Whether this build appends to the previous build's log, whose entries stay where they are. */
  boolean appendsToPrevious() {
    return log == previousLog;
  }

  /** Makes what this build appended durable. */
  void force() throws IOException {
    log.force();
    heads.force();
  }

  /** Whether the cache's file named {@code name} is a log that these are not. */
  boolean isOther(String name) {
    return name.startsWith(LOG_PREFIX) && !name.equals(log.name())
        || name.startsWith(HEADS_PREFIX) && !name.equals(heads.name());
  }

  @Override
  public void close() throws IOException {
    log.close();
    heads.close();
    if (previousLog != null && previousLog != log) {
      previousLog.close();
    }
    if (previousHeads != null && previousHeads != heads) {
      previousHeads.close();
    }
  }
}
