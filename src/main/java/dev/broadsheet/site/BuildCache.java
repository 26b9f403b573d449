package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.SourceFile;
import dev.broadsheet.content.TextStore;
import dev.broadsheet.content.Warning;
import dev.broadsheet.related.WordCounts;
import dev.broadsheet.render.KeyInputs;
import dev.broadsheet.scratch.FreshNames;
import dev.broadsheet.search.TermCounts;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What one build leaves for the next, in {@code .broadsheet-cache/NAME/} beside the output
 * folder {@code NAME}: every article as read (metadata, warnings, plain text, body HTML, search
 * terms and related-story words) keyed by a hash of its file, a fingerprint of what each page
 * and search fragment was made from, and what every output file holds.
 *
 * <p>An append-only log of articles, with their heads in a second log named after it, and a
 * manifest written last, atomically, that says which log entries are live; beside them the
 * state of the related stories and of the search index, each named by the build that wrote
 * it, so that only the manifest's own is used. A build that dies leaves the old manifest,
 * which still describes the old site. Anything unreadable (missing, truncated, another format
 * or version, a checksum that does not match) makes the cache empty, so the build is a full
 * one: the cache can make a build faster, never different.
 */
final class BuildCache implements AutoCloseable {
  /** The length of an article's identity, {@link #identity(Article)}. */
  static final int IDENTITY_BYTES = 16;
  /**
   * A file changed less than this before the previous build began may have changed again within
   * the file system's timestamp resolution, unseen by its size and time: such files are hashed.
   */
  private static final long RACY_MILLIS = 2_000;

  /** The identity of the article at {@code path} whose content hashes to {@code hash}. */
  static byte[] identity(String path, byte[] hash) {
    KeyInputs named = new KeyInputs(IDENTITY_BYTES + 96).text(path).fixed(hash, 0, hash.length);
    return Digests.quick(named.bytes(), 0, named.size());
  }

  private final Path dir;
  /** The build's article files, sorted by path. */
  private final List<SourceFile> articles;
  private final String inputKey;
  private final String outputKey;
  private final long startedAt;
  private final String problem;
  private final long previousStartedAt;
  /** The previous build's articles, until every article of this build is read. */
  private final PreviousEntries previousEntries;
  private final FileTable previousFiles;
  private final boolean inputsValid;
  private final boolean outputsValid;
  private final PageKeys keys;
  private final CacheStates states;
  /** The name of the table of files this build committed, once it has. */
  private String table;

  /** The logs this build appends to, and those the previous build's entries are in. */
  private final CacheLogs logs;
  private final CacheLog log;
  private final CacheLog heads;
  /** The articles' texts, where they are in their heads ({@link #textsInHead}). */
  private final TextStore headTexts = this::headBytes;
  /** This build's entry for each article it read, by path. */
  private final FileEntries sources;
  private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
  private final SharedNames names = new SharedNames();
  /** The articles whose entries could not be read back, and were read from their files. */
  private final CacheDamage damage = new CacheDamage();

  private BuildCache(Path dir, String inputKey, String outputKey, Manifest previous,
      long previousLive, String problem, List<SourceFile> articles, FilePlaces places)
      throws IOException {
    this.dir = dir;
    this.articles = articles;
    this.inputKey = inputKey;
    this.outputKey = outputKey;
    this.startedAt = System.currentTimeMillis();
    this.problem = problem;
    this.previousStartedAt = previous == null ? 0 : previous.startedAt();
    this.sources = new FileEntries(places);
    this.previousFiles = previous == null ? FileTable.EMPTY : previous.files();
    this.inputsValid = previous != null && previous.inputKey().equals(inputKey);
    this.outputsValid = inputsValid && previous.outputKey().equals(outputKey);
    this.keys = new PageKeys(outputKey, outputsValid ? previousFiles : null);
    Files.createDirectories(dir);
    this.logs = CacheLogs.open(dir, inputsValid ? previous.log() : null, previousLive);
    this.log = logs.log();
    this.heads = logs.heads();
    this.previousEntries = new PreviousEntries(
        inputsValid ? previous.sources() : FileEntries.none(), logs.previousLog());
    // A state beside the manifest is known as the previous build's by its token.
    this.states = new CacheStates(dir,
        inputsValid ? CacheStates.token(previous.log(), previous.startedAt()) : null,
        CacheStates.token(log.name(), startedAt));
  }

  /** The files of texts of earlier versions, made and removed by each build. */
  private static final String OLD_TEXTS_PREFIX = "texts-";

  /**
   * The cache of the site at {@code out}, given what {@link CacheFolder#readLast} read of it;
   * empty, with the reason, when there is none to use. The build is of {@code files}, sorted by
   * path, whose paths the cache takes as they are rather than copy.
   */
  static BuildCache open(Path out, String inputKey, String outputKey, List<SourceFile> files,
      CacheFolder.LastManifest last) {
    Path dir = CacheFolder.of(out);
    Manifest.Stored stored = last.take();
    FilePlaces places = new FilePlaces(files);
    Manifest previous = stored == null ? null : stored.matched(places);
    try {
      return new BuildCache(dir, inputKey, outputKey, previous,
          stored == null ? 0 : stored.liveBytes(), last.problem(), files, places);
    } catch (IOException e) {
      throw new BuildException("cannot use the build cache " + dir + ": " + e, e);
    }
  }

  /** Why nothing was reused, or empty when the cache was used. */
  Optional<String> problem() {
    if (problem != null) {
      return Optional.of(problem);
    }
    return inputsValid ? Optional.empty()
        : Optional.of("Broadsheet or the configuration changed; reading every article again");
  }

  /**
   * {@code article}, whose head this build's log of heads holds at {@code head}, its texts read
   * from there when asked for rather than held in the heap: a build holds every article to its
   * end, and a million articles' texts are some 280 MB. They were copied to a file of the
   * build's own, which cost a rebuild of 100,000 articles a write for each; the heads are all
   * in one small file already, mapped in memory.
   */
  Article textsInHead(Article article, long head) {
    return article.withTextsIn(headTexts, headEntry(head) + ArticleCodec.TEXTS_AT);
  }

  /** Where the texts of the articles read back from their heads are ({@link #textsInHead}). */
  TextStore headTexts() {
    return headTexts;
  }

  /** Where, in the log of heads, the entry of the head at {@code head} begins: after its length. */
  static long headEntry(long head) {
    return head + Integer.BYTES;
  }

  private byte[] headBytes(long position, int length) {
    try {
      return heads.bytes(position, length);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the build cache", e);
    }
  }

  /** A note of the articles whose cache entries were damaged, if any were. */
  Optional<String> damage() {
    return damage.note();
  }

  /** The keys of this build's files, and whether the previous build made them the same. */
  PageKeys keys() {
    return keys;
  }

  /** The states of the related stories and the search index, kept from build to build. */
  CacheStates states() {
    return states;
  }

  /**
   * Where the previous build put its article pages, if its pages' keys hold for this build's;
   * the caller closes it.
   */
  Optional<InputStream> previousPageFiles() {
    return outputsValid ? states.previousPages() : Optional.empty();
  }

  /**
   * Which article was at each place of the previous build's index, if its pages' keys hold for
   * this build's; the caller closes it.
   */
  Optional<InputStream> previousIdentities() {
    return outputsValid ? states.previousIdentities() : Optional.empty();
  }

  /**
   * Where the previous build put its listings' pages, if their keys hold for this build's; the
   * caller closes it.
   */
  Optional<InputStream> previousListingFiles() {
    return outputsValid ? states.previousListings() : Optional.empty();
  }

  /** An entry of this build's log. */
  byte[] read(long position, int length) throws IOException {
    return log.read(position, length);
  }

  /** An article's head, as this build holds it. */
  byte[] readHead(long position, int length) throws IOException {
    return heads.readMapped(position, length);
  }

  /** The time zones of the articles decoded so far, by name: each is looked up once. */
  Map<String, ZoneId> zones() {
    return zones;
  }

  /** One copy of each name the articles of this build share ({@link SharedNames}). */
  SharedNames names() {
    return names;
  }

  /**
   * Notes that an entry of the article at {@code path} could not be read back: it is left out
   * of the manifest, so that the next build reads it from its file.
   */
  void damagedBody(String path) {
    damage.body(path);
  }

  /** What the previous build wrote: the site as it should find it. */
  FileTable previousFiles() {
    return previousFiles;
  }

  /**
   * The cached article for {@code file}, the {@code slot}th of the build's articles, when its
   * size and time are as last seen and the previous build began well after it last changed: no
   * need to read it. Its entries are found by its slot, not by hashing its path.
   */
  Optional<CachedArticle> byStamp(int slot, SourceFile file, long size, long modified) {
    CachedFile s = previousEntries.get(slot, file.relativePath());
    return asBefore(s, size, modified) ? reuse(slot, file, s, size, modified) : Optional.empty();
  }

  /**
   * Whether {@link #byStamp} is to find {@code file}, the {@code slot}th of the scan, as the last
   * build read it, without reading it; safe to ask from many threads.
   */
  boolean knowsByStamp(int slot, SourceFile file, long size, long modified) {
    return asBefore(previousEntries.get(slot, file.relativePath()), size, modified);
  }

  private boolean asBefore(CachedFile s, long size, long modified) {
    return s != null && s.size() == size && s.modified() == modified
        && modified < previousStartedAt - RACY_MILLIS;
  }

  /** As {@link #byStamp}, when {@code file}'s content hashes as last seen. */
  Optional<CachedArticle> byHash(int slot, SourceFile file, long size, long modified,
      byte[] hash) {
    CachedFile s = previousEntries.get(slot, file.relativePath());
    if (s == null || !s.hashIs(hash)) {
      return Optional.empty();
    }
    return reuse(slot, file, s, size, modified);
  }

  private Optional<CachedArticle> reuse(int slot, SourceFile file, CachedFile s, long size,
      long modified) {
    try {
      CacheLog previousLog = logs.previousLog();
      if (previousLog == null) {
        return Optional.empty(); // the manifest names a log that is gone
      }
      byte[] head = logs.previousHeads().readMapped(s.head(), s.headLength());
      CachedFile now;
      if (logs.appendsToPrevious() && s.size() == size && s.modified() == modified) {
        now = s;
      } else if (logs.appendsToPrevious()) {
        now = s.at(size, modified, s.head(), s.headLength(), s.index(), s.indexLength(),
            s.body(), s.bodyLength());
      } else {
        byte[] index = previousLog.read(s.index(), s.indexLength());
        byte[] body = previousLog.read(s.body(), s.bodyLength());
        now = s.at(size, modified, heads.append(head), head.length, log.append(index),
            index.length, log.append(body), body.length);
      }
      CachedArticle cached = new CachedArticle(this, file, now, head);
      cached.decode();
      sources.put(slot, file.relativePath(), now);
      // The search index asks after the previous terms only of articles not reused.
      previousEntries.taken(slot, file.relativePath());
      return Optional.of(cached);
    } catch (IOException | RuntimeException e) {
      // A damaged entry is as good as none: the article is read from its file.
      damage.head(file.relativePath());
      return Optional.empty();
    }
  }

  /**
   * Lets go of the previous build's list of articles once this build has read all of its own
   * ({@link PreviousEntries#allRead}), and of the buffers its appends waited in: what waits is
   * written now (16 MB at most, in the million's full 1 GB heap).
   */
  void allRead() {
    previousEntries.allRead();
    try {
      log.drain();
      heads.drain();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }

  /**
   * The search terms the previous build had for the article at {@code path}, if they can be
   * found; only until {@link #allRead}.
   */
  Optional<TermCounts> previousTerms(String path) {
    return previousEntries.terms(path);
  }

  /**
   * The paths of the previous build's articles that this one did not take as they were: changed,
   * gone, or damaged in the cache. Only until {@link #allRead}.
   */
  Set<String> notReused() {
    return previousEntries.notTaken();
  }

  /**
   * The related-story words the previous build had for the article at {@code path}, if they
   * can be found; only until {@link #allRead}.
   */
  Optional<WordCounts> previousWords(String path) {
    return previousEntries.words(path);
  }

  /**
   * The related-story words of {@code file}'s article as this build read it: empty if it read
   * none there, or if their entry in the log is damaged.
   */
  Optional<WordCounts> words(SourceFile file) {
    CachedFile s = sources.get(file.relativePath());
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(EntryParts.words(log.read(s.index(), s.indexLength())));
    } catch (IOException | RuntimeException e) {
      damage.body(file.relativePath());
      return Optional.empty();
    }
  }

  /** The article file at {@code path} that this build read, if it read one there. */
  Optional<SourceFile> file(String path) {
    List<String> paths = new AbstractList<>() {
      @Override
      public String get(int i) {
        return articles.get(i).relativePath();
      }

      @Override
      public int size() {
        return articles.size();
      }
    };
    int found = Collections.binarySearch(paths, path);
    return found >= 0 ? Optional.of(articles.get(found)) : Optional.empty();
  }

  /**
   * The error of a build that cannot read back what it wrote to the cache, which only removing
   * the cache mends.
   */
  static BuildException damaged(Throwable cause) {
    return new BuildException("the build cache is damaged: delete the folder " + CacheFolder.NAME
        + " beside the site and build again", cause);
  }

  /**
   * Records an article just read from {@code file}; returns it, its texts kept in its head if it
   * went into the cache ({@link #textsInHead}).
   */
  Article store(SourceFile file, long size, long modified, byte[] hash, Article article,
      List<Warning> warnings, String text, String html, TermCounts terms, WordCounts words) {
    try {
      ByteArrayOutputStream metadata = new ByteArrayOutputStream();
      ArticleCodec.write(new DataOutputStream(metadata), article, warnings);
      byte[] head = metadata.toByteArray();
      byte[][] index = {terms.toBytes(), words.toBytes()};
      byte[][] body = {text.getBytes(StandardCharsets.UTF_8),
          html.getBytes(StandardCharsets.UTF_8)};
      long at = heads.append(head);
      sources.put(file.relativePath(), new CachedFile(size, modified, hash,
          identity(file.relativePath(), hash), at, head.length,
          log.appendParts(index), CacheLog.partsLength(index), log.appendParts(body),
          CacheLog.partsLength(body)));
      return textsInHead(article, at);
    } catch (ValueCodec.Unsupported e) {
      return article; // not cached: read again next time
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
  }

  /**
   * An article as this build read it, back from the log: its pages are rendered from this rather
   * than by reading and parsing its file a second time.
   */
  Optional<CachedArticle> get(SourceFile file) {
    CachedFile s = sources.get(file.relativePath());
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new CachedArticle(this, file, s, readHead(s.head(), s.headLength())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * As {@link #get}, for an article's body alone, whose page is being written: the head, the
   * metadata the build already holds, is not read, which took a system call a page.
   */
  Optional<CachedArticle> body(SourceFile file) {
    CachedFile s = sources.get(file.relativePath());
    return s == null ? Optional.empty() : Optional.of(new CachedArticle(this, file, s, null));
  }

  /**
   * Names an article by everything read from it, in {@link #IDENTITY_BYTES} bytes: a digest
   * of its file's path and the hash of its content, as this build read it. An article the cache
   * does not hold gets a name no other build gives it.
   */
  byte[] identity(Article article) {
    SourceFile file = article.source();
    CachedFile s = sources.get(file.relativePath());
    return s != null ? s.identity() : Arrays.copyOf(Digests.of(file.relativePath(),
        "uncached-" + FreshNames.next()), IDENTITY_BYTES);
  }

  /**
   * The order in which to write the pages of {@code articles}, given by their positions in that
   * list: when every page is written and {@code byBodies}, that of their bodies in the log
   * ({@link WritingOrder}); otherwise the list's own.
   */
  int[] writingOrder(List<Article> articles, boolean byBodies) {
    return outputsValid || !byBodies ? WritingOrder.inListOrder(articles.size())
        : WritingOrder.ofBodies(articles, sources);
  }

  /** Writes the manifest of this build, whose site is now in place. */
  void commit(FileTable files) {
    try {
      logs.force();
      states.commit(files.renumbered());
      damage.bodies().forEach(sources::remove);
      // The manifest names this build's table; the others go (removeStale).
      table = FileTableFile.newName();
      CompletableFuture<Void> tableWritten = CompletableFuture.runAsync(() -> {
        try {
          FileTableFile.write(files, dir.resolve(table));
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write the build cache", e);
        }
      }, Tasks.daemon("broadsheet-table"));
      Manifest m = new Manifest(inputKey, outputKey, log.name(), startedAt, table, sources,
          files);
      Path tmp = dir.resolve(CacheFolder.MANIFEST + ".tmp");
      // In path order, so that the next build reads each path as its scan's own string. Both
      // cores are free by now: the table is written on the other.
      try {
        m.write(tmp, articles);
      } catch (IOException | RuntimeException e) {
        Tasks.settled(tableWritten);
        throw e;
      }
      Tasks.joined(tableWritten);
      CacheFolder.replace(tmp, dir.resolve(CacheFolder.MANIFEST));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the build cache", e);
    }
    removeStale();
  }

  /**
   * Removes the logs the manifest no longer names, and the files of texts that earlier versions
   * kept for the length of a build, left by builds that were stopped. The manifest is in place
   * already, so a file that cannot be removed now (on Windows, a log another build still has
   * mapped) is left for the next build rather than failing this one.
   */
  private void removeStale() {
    try (var entries = Files.list(dir)) {
      for (Path f : entries.toList()) {
        String name = f.getFileName().toString();
        if (logs.isOther(name) || name.startsWith(FileTableFile.PREFIX) && !name.equals(table)
            || name.startsWith(OLD_TEXTS_PREFIX)) {
          try {
            Files.deleteIfExists(f);
          } catch (IOException e) {
            // Left for the next build.
          }
        }
      }
    } catch (IOException e) {
      // Not listed: the next build looks again.
    }
  }

  @Override
  public void close() {
    try {
      logs.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
