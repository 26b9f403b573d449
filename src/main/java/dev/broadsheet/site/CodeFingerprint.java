package dev.broadsheet.site;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.Hashing;
import dev.broadsheet.scratch.FreshNames;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A fingerprint of the code that builds: the jar, or in development the classes folder. A new
 * Broadsheet may read or render differently, so its builds do not trust an older one's cache.
 */
final class CodeFingerprint {
  /** The end of a zip file's central directory: its signature, and its length at the least. */
  private static final int END_SIGNATURE = 0x06054b50;
  private static final int END_LENGTH = 22;
  /** How far from the end the central directory's end can be: behind a comment of 65,535. */
  private static final int END_REACH = END_LENGTH + 0xFFFF;

  private CodeFingerprint() {}

  /** The fingerprint, in hex; one that matches nothing when the code cannot be read. */
  static String of() {
    try {
      return of(Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI()));
    } catch (URISyntaxException e) {
      return "unknown-" + FreshNames.next();
    }
  }

  /** The fingerprint of the code at {@code location}, a jar or a folder of classes. */
  static String of(Path location) {
    try {
      // XXH3, not SHA-256: a jar of 3 MB took SHA-256 tens of milliseconds of every rebuild
      // without C2. Not a defence against a jar made to collide, which could do worse anyway.
      HashStream128 digest = Hashing.xxh3_128().hashStream();
      if (Files.isDirectory(location)) {
        try (var files = Files.walk(location)) {
          for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
            byte[] name = location.relativize(f).toString().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = Files.readAllBytes(f);
            digest.putInt(name.length).putBytes(name).putInt(bytes.length).putBytes(bytes);
          }
        }
      } else {
        digest.putBytes(jarDirectory(location));
      }
      return Digests.hex(digest.get().toByteArray());
    } catch (IOException e) {
      // Without a fingerprint of the code, nothing cached can be trusted.
      return "unknown-" + FreshNames.next();
    }
  }

  /**
   * What stands for a jar's contents: its central directory, which gives every entry's name,
   * sizes and CRC-32, so that an entry changed changes it; or, for a file that is not a plain
   * zip (a zip64 one, say), the whole file. Reading and hashing the whole 3.7 MB jar took 44 ms
   * of every build's main thread before the cache was opened (a rebuild of 100,000 articles, on
   * a slow day); its directory is 216 KB of it.
   */
  private static byte[] jarDirectory(Path jar) throws IOException {
    try (FileChannel channel = FileChannel.open(jar)) {
      long size = channel.size();
      int tail = (int) Math.min(size, END_REACH);
      ByteBuffer end = ByteBuffer.allocate(tail).order(ByteOrder.LITTLE_ENDIAN);
      readFully(channel, end, size - tail);
      for (int at = tail - END_LENGTH; at >= 0; at--) {
        if (end.getInt(at) != END_SIGNATURE) {
          continue;
        }
        long directorySize = Integer.toUnsignedLong(end.getInt(at + 12));
        long directoryStart = Integer.toUnsignedLong(end.getInt(at + 16));
        if (directoryStart + directorySize != size - tail + at
            || directorySize > Integer.MAX_VALUE - Long.BYTES) {
          continue; // a signature's bytes inside a comment, or a zip64 file's placeholders
        }
        ByteBuffer directory = ByteBuffer.allocate((int) directorySize + Long.BYTES);
        directory.putLong(size);
        readFully(channel, directory, directoryStart);
        return directory.array();
      }
    }
    return Files.readAllBytes(jar);
  }

  private static void readFully(FileChannel channel, ByteBuffer into, long at)
      throws IOException {
    long position = at;
    while (into.hasRemaining()) {
      int read = channel.read(into, position);
      if (read < 0) {
        throw new IOException("unexpected end of " + channel);
      }
      position += read;
    }
  }
}
