package dev.broadsheet.site;

import com.dynatrace.hash4j.hashing.HashValue128;
import com.dynatrace.hash4j.hashing.Hasher128;
import dev.broadsheet.render.KeyInputs;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys of the site's files: a fingerprint of what each file is made from, and whether the
 * previous build made the file at a path from exactly the same. A file whose key is unchanged
 * is kept as it is. Thread-safe.
 */
final class PageKeys {
  /** The length of a file's key, {@link #key}. */
  static final int KEY_BYTES = 16;

  private final String outputKey;
  /** What the previous build wrote, or null when its keys cannot be trusted. */
  private final FileTable previousFiles;
  /**
   * For each kind of file, the hash function of its keys, seeded with the kind and the output
   * key: worked out once, not for every page.
   */
  private final Map<String, Hasher128> hashers = new ConcurrentHashMap<>();

  /**
   * Keys seeded with {@code outputKey} (the theme, the code and the configuration), compared
   * with {@code previousFiles}, the previous build's files, or with none when it is null.
   */
  PageKeys(String outputKey, FileTable previousFiles) {
    this.outputKey = outputKey;
    this.previousFiles = previousFiles;
  }

  /**
   * Fingerprints what a file of the site is made from: its kind, its {@code inputs}, and the
   * theme, the code and the configuration.
   */
  String key(String kind, KeyInputs inputs) {
    Hasher128 hasher = hashers.computeIfAbsent(kind, k -> Digests.quickSeeded(outputKey, k));
    HashValue128 hash = hasher.hashBytesTo128Bits(inputs.bytes(), 0, inputs.size());
    // 128 bits, one character a byte: a million-article site has millions of keys in memory,
    // and no two inputs of one site will share 128 bits by chance.
    return new String(hash.toByteArray(), StandardCharsets.ISO_8859_1);
  }

  /** Whether the file at {@code path} was made from exactly {@code key} last time. */
  boolean sameKey(String path, String key) {
    return fileWithKey(path, key) >= 0;
  }

  /**
   * The file at {@code path} in the previous build's table of files, if it was made from
   * exactly {@code key} last time; otherwise -1.
   */
  int fileWithKey(String path, String key) {
    if (previousFiles == null) {
      return -1;
    }
    int file = previousFiles.find(path);
    return file >= 0 && previousFiles.hasKey(file, key) ? file : -1;
  }
}
