package dev.broadsheet.site;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.ArrayDeque;

/**
 * Writes a {@link CacheLog}'s gathered appends to its file on a thread of its own, in the order
 * they are handed over, while the threads that append go on filling the next buffer.
 *
 * <p>Why a thread: the kernel holds back a process that dirties pages faster than the disk takes
 * them, for up to a fifth of a second a write. The million-article build appends 11 GB to its
 * log while it reads the articles, and a write held back held the log's lock, so the other
 * reading thread, waiting to append, left its core idle too: 8-13% of the CPU idle through the
 * million's load stage, and 5-14% waiting on the disk. A few buffers in flight let the readers
 * go on through such a pause; when all are in flight, an append waits for one.
 */
final class LogWriter {
  /**
   * Buffers a log has at most, made as needed: the one being filled, and the others in flight
   * or spare. 8 MB absorb a tenth of a second held back at the million's pace of appends.
   */
  static final int BUFFERS = 8;
  private final FileChannel channel;
  private final String name;
  private final int bufferSize;
  private final ArrayDeque<ByteBuffer> toWrite = new ArrayDeque<>();
  private final ArrayDeque<ByteBuffer> spare = new ArrayDeque<>();
  private int made = 1;
  /** Where the file ends: what was handed over beyond it is still to be written. */
  private volatile long written;
  private IOException failure;
  /** Whether the thread that writes has been started: at the first buffer handed over. */
  private boolean started;
  private boolean closed;

  /**
   * A writer appending to {@code channel}, positioned at its end, {@code size}; {@code name}
   * names its thread; buffers it makes hold {@code bufferSize} bytes.
   */
  LogWriter(FileChannel channel, long size, String name, int bufferSize) {
    this.channel = channel;
    this.written = size;
    this.name = name;
    this.bufferSize = bufferSize;
  }

  /** Where the file ends now: every byte before it has been written. */
  long written() {
    return written;
  }

  /**
   * Hands over {@code full}, flipped, to be written after what was handed over before, and
   * returns an empty buffer of the usual size to fill next: a spare one, a new one while fewer
   * than {@link #BUFFERS} are in flight, or else the first one written.
   *
   * @throws IOException when an earlier write failed
   */
  synchronized ByteBuffer handOver(ByteBuffer full) throws IOException {
    checkFailure();
    if (full.hasRemaining()) {
      toWrite.add(full);
      if (!started) {
        Tasks.daemon("broadsheet-log-" + name).execute(this::run);
        started = true;
      }
      notifyAll();
    } else if (full.capacity() == bufferSize) {
      spare.add(full.clear());
    }
    while (spare.isEmpty() && made >= BUFFERS) {
      await();
    }
    if (!spare.isEmpty()) {
      return spare.poll();
    }
    made++;
    return ByteBuffer.allocate(bufferSize);
  }

  /**
   * Waits until everything handed over is in the file, and lets the spare buffers go: a build
   * appends while it reads its articles, and seldom after, when a million articles' 1 GB heap
   * has other uses for them.
   *
   * @throws IOException when a write failed
   */
  synchronized void drain() throws IOException {
    checkFailure();
    while (!toWrite.isEmpty()) {
      await();
    }
    made -= spare.size();
    spare.clear();
  }

  /** Lets the thread end once nothing is left to write; {@link #drain} first to write it all. */
  synchronized void stop() {
    closed = true;
    notifyAll();
  }

  private void await() throws IOException {
    try {
      wait();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the log " + name, e);
    }
    checkFailure();
  }

  private void checkFailure() throws IOException {
    if (failure != null) {
      throw new IOException("cannot write the log " + name, failure);
    }
  }

  private void run() {
    while (true) {
      ByteBuffer next;
      synchronized (this) {
        while (toWrite.isEmpty() && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            // Nothing here interrupts it; if something did, what waits must not wait forever.
            failure = new IOException("the writer was interrupted", e);
            toWrite.clear();
            notifyAll();
            return;
          }
        }
        if (toWrite.isEmpty()) {
          return;
        }
        next = toWrite.peek();
      }
      try {
        while (next.hasRemaining()) {
          channel.write(next);
        }
      } catch (IOException | RuntimeException e) {
        synchronized (this) {
          failure = e instanceof IOException io ? io : new IOException(e);
          toWrite.clear();
          notifyAll();
        }
        return;
      }
      synchronized (this) {
        toWrite.poll();
        written += next.limit();
        if (next.capacity() == bufferSize) {
          spare.add(next.clear());
        }
        notifyAll();
      }
    }
  }
}
