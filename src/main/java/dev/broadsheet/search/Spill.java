package dev.broadsheet.search;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.TreeMap;

/**
 * Temporary files that hold the postings and article fragments while articles are added, so the
 * build's memory does not grow with the archive. Postings go to one of {@link #BUCKETS} files
 * chosen by the term's first two characters, so every term a shard could hold is in one bucket
 * and {@code writeTo} reads one bucket at a time. Appends may come from many threads.
 */
final class Spill implements AutoCloseable {
  static final int BUCKETS = 64;

  private final Path dir;
  private final OutputStream[] buckets = new OutputStream[BUCKETS];
  private final FileChannel docs;
  private long docsSize;

  /** @param parent where to create the temporary folder, or null for the system's */
  Spill(Path parent) {
    try {
      dir = parent == null ? Files.createTempDirectory("broadsheet-search-")
          : Files.createTempDirectory(parent, "broadsheet-search-");
      for (int i = 0; i < BUCKETS; i++) {
        buckets[i] = new BufferedOutputStream(Files.newOutputStream(bucket(i)), 1 << 16);
      }
      docs = FileChannel.open(dir.resolve("docs"), StandardOpenOption.CREATE_NEW,
          StandardOpenOption.READ, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the search index's temporary files", e);
    }
  }

  private Path bucket(int i) {
    return dir.resolve("postings-" + i);
  }

  static int bucketOf(String term) {
    return Math.floorMod(term.substring(0, 2).hashCode(), BUCKETS);
  }

  /** A batch of one article's postings for each bucket, written by {@link #append}. */
  static final class Batch {
    private final ByteArrayOutputStream[] bytes = new ByteArrayOutputStream[BUCKETS];
    private final DataOutputStream[] data = new DataOutputStream[BUCKETS];

    void add(String term, int doc, int tfHeadline, int tfBody) {
      int b = bucketOf(term);
      if (data[b] == null) {
        bytes[b] = new ByteArrayOutputStream();
        data[b] = new DataOutputStream(bytes[b]);
      }
      try {
        data[b].writeUTF(term);
        data[b].writeInt(doc);
        data[b].writeChar(Math.min(tfHeadline, 0xffff));
        data[b].writeChar(Math.min(tfBody, 0xffff));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
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

  /** Appends one article's fragment; returns where it starts. */
  synchronized long appendDoc(byte[] fragment) {
    long at = docsSize;
    try {
      ByteBuffer buffer = ByteBuffer.wrap(fragment);
      while (buffer.hasRemaining()) {
        docs.write(buffer, docsSize + buffer.position());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the search index's temporary files", e);
    }
    docsSize += fragment.length;
    return at;
  }

  byte[] readDoc(long offset, int length) {
    ByteBuffer buffer = ByteBuffer.allocate(length);
    try {
      while (buffer.hasRemaining()) {
        if (docs.read(buffer, offset + buffer.position()) < 0) {
          throw new EOFException();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index's temporary files", e);
    }
    return buffer.array();
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

  /** The postings of one bucket, by term in order; each term's postings in any order. */
  Map<String, Postings> readBucket(int b) {
    Map<String, Postings> terms = new TreeMap<>();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(bucket(b)), 1 << 16)) {
      DataInputStream data = new DataInputStream(in);
      while (true) {
        String term;
        try {
          term = data.readUTF();
        } catch (EOFException end) {
          break;
        }
        int doc = data.readInt();
        int tfHeadline = data.readChar();
        int tfBody = data.readChar();
        terms.computeIfAbsent(term, t -> new Postings()).add(doc, tfHeadline, tfBody);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the search index's temporary files", e);
    }
    return terms;
  }

  /** Deletes the temporary files; safe to call more than once. */
  @Override
  public void close() {
    try {
      docs.close();
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

    void add(int doc, int tfHeadline, int tfBody) {
      if (size == docs.length) {
        docs = java.util.Arrays.copyOf(docs, size * 2);
        tfs = java.util.Arrays.copyOf(tfs, size * 2);
      }
      docs[size] = doc;
      tfs[size] = tfHeadline << 16 | tfBody;
      size++;
    }
  }
}
