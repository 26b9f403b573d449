package dev.broadsheet.search;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Temporary files that hold the postings while articles are added, so the build's memory does
 * not grow with the archive. Postings go to one of {@link #BUCKETS} files chosen by the term's
 * first two characters, so every term a shard could hold is in one bucket and {@code writeTo}
 * reads whole buckets, a few at once. Appends may come from many threads.
 */
final class Spill implements AutoCloseable {
  static final int BUCKETS = 64;

  private final Path dir;
  private final OutputStream[] buckets = new OutputStream[BUCKETS];

  /** @param parent where to create the temporary folder, or null for the system's */
  Spill(Path parent) {
    try {
      dir = parent == null ? Files.createTempDirectory("broadsheet-search-")
          : Files.createTempDirectory(parent, "broadsheet-search-");
      for (int i = 0; i < BUCKETS; i++) {
        buckets[i] = new BufferedOutputStream(Files.newOutputStream(bucket(i)), 1 << 16);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the search index's temporary files", e);
    }
  }

  private Path bucket(int i) {
    return dir.resolve("postings-" + i);
  }

  /** By the first two characters (as the hash of that prefix would have it, with no copy). */
  static int bucketOf(String term) {
    return Math.floorMod(31 * term.charAt(0) + term.charAt(1), BUCKETS);
  }

  /** A batch of one article's postings for each bucket, written by {@link #append}. */
  static final class Batch {
    private final ByteSink[] bytes = new ByteSink[BUCKETS];

    /** Adds a posting of the term {@code utf8[start, start + length)}, in {@code bucket}. */
    void add(int bucket, byte[] utf8, int start, int length, int doc, int tfs) {
      if (bytes[bucket] == null) {
        bytes[bucket] = new ByteSink(256);
      }
      bytes[bucket].putShort(length).put(utf8, start, length).putInt(doc).putInt(tfs);
    }
  }

  /** An index term with its UTF-8 form and bucket, worked out once for all its postings. */
  record Term(String text, byte[] utf8, int bucket) {
    Term(String text) {
      this(text, text.getBytes(StandardCharsets.UTF_8), bucketOf(text));
    }
  }

  void append(Batch batch) {
    for (int b = 0; b < BUCKETS; b++) {
      if (batch.bytes[b] != null) {
        synchronized (buckets[b]) {
          try {
            batch.bytes[b].writeTo(buckets[b]);
          } catch (IOException e) {
            throw new UncheckedIOException("cannot write the search index's temporary files", e);
          }
        }
      }
    }
  }

  /** Ends the appends: flushes and closes the bucket files. */
  void finishAppends() {
    for (OutputStream out : buckets) {
      synchronized (out) {
        try {
          out.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  /**
   * The postings of one bucket, by term in order; each term's postings in any order. A bucket
   * holds a 64th of the postings, so it is read whole; its terms are decoded once each.
   *
   * @param positions for each slot postings were appended under, its article's position, or -1
   *                  to leave its postings out; null when slots are positions
   */
  Map<String, Postings> readBucket(int b, int[] positions) {
    Map<ByteBuffer, Postings> byBytes = new HashMap<>();
    try {
      ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(bucket(b)));
      while (in.hasRemaining()) {
        int length = in.getShort() & 0xffff;
        ByteBuffer term = in.slice(in.position(), length);
        in.position(in.position() + length);
        int slot = in.getInt();
        int tfs = in.getInt();
        int doc = positions == null ? slot : positions[slot];
        if (doc < 0) {
          continue;
        }
        Postings p = byBytes.get(term);
        if (p == null) {
          p = new Postings();
          byBytes.put(term, p);
        }
        p.add(doc, tfs);
      }
    } catch (IOException | RuntimeException e) {
      throw new UncheckedIOException("cannot read the search index's temporary files",
          e instanceof IOException io ? io : new IOException(e));
    }
    Map<String, Postings> terms = new TreeMap<>();
    byBytes.forEach((bytes, p) -> terms.put(StandardCharsets.UTF_8.decode(bytes).toString(), p));
    return terms;
  }

  /** Deletes the temporary files; safe to call more than once. */
  @Override
  public void close() {
    try {
      for (OutputStream out : buckets) {
        synchronized (out) {
          out.close();
        }
      }
      if (Files.exists(dir)) {
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.delete(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
            Files.delete(d);
            return FileVisitResult.CONTINUE;
          }
        });
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the search index's temporary files", e);
    }
  }

  /** A term's postings as read back: article positions and term frequencies, unsorted. */
  static final class Postings {
    int size;
    int[] docs = new int[4];
    int[] tfs = new int[4];

    /** @param tf the term's count in the headline, shifted 16 bits, or its count in the body */
    void add(int doc, int tf) {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        tfs = Arrays.copyOf(tfs, size * 2);
      }
      docs[size] = doc;
      tfs[size] = tf;
      size++;
    }
  }
}
