package dev.broadsheet.site;

import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The build cache's notions of "the same". SHA-256 for the keys the cache is kept under (the
 * configuration, the theme), worked out once a build. XXH3-128 for the rest: the code (a jar of
 * megabytes), each article's content, and what each file of the site is made from. A build of
 * fewer than 25,000 articles, and a rebuild, run without the optimising compiler that makes
 * SHA-256 fast: there XXH3 took a twentieth of the time, and SHA-256 had
 * taken a quarter of a rebuild's CPU. XXH3 is no defence against inputs made to collide, but
 * the inputs are the site's own, and a collision by chance is as unlikely as with the first
 * 128 bits of SHA-256.
 */
final class Digests {
  /**
   * Never updated, only copied: a copy costs a fraction of finding the algorithm again, and a
   * build makes a digest for every page it might keep.
   */
  private static final MessageDigest FRESH = instance();

  private Digests() {}

  /** A new SHA-256 digest, ready for input. */
  static MessageDigest sha256() {
    try {
      return (MessageDigest) FRESH.clone();
    } catch (CloneNotSupportedException e) {
      return instance();
    }
  }

  private static MessageDigest instance() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  static byte[] of(byte[] bytes) {
    return sha256().digest(bytes);
  }

  /**
   * The fingerprint of an article file's content, {@link CachedFile#HASH_BYTES} bytes: XXH3-128,
   * as a build without C2 hashes every file it reads, and SHA-256 took a thirtieth of the CPU
   * of a first build of 10,000 articles.
   */
  static byte[] content(byte[] bytes) {
    return quick(bytes, 0, bytes.length);
  }

  /** The digest of several strings, each length-prefixed so that no two lists collide. */
  static byte[] of(String... parts) {
    MessageDigest digest = sha256();
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      digest.update(new byte[] {(byte) (bytes.length >>> 24), (byte) (bytes.length >>> 16),
          (byte) (bytes.length >>> 8), (byte) bytes.length});
      digest.update(bytes);
    }
    return digest.digest();
  }

  /** The XXH3-128 fingerprint of {@code length} bytes of {@code bytes} from {@code from}. */
  static byte[] quick(byte[] bytes, int from, int length) {
    return Hashing.xxh3_128().hashBytesTo128Bits(bytes, from, length).toByteArray();
  }

  /** XXH3-128, seeded from {@code parts}: fingerprints of one kind, in one setting. */
  static Hasher128 quickSeeded(String... parts) {
    return Hashing.xxh3_128(ByteBuffer.wrap(of(parts)).getLong());
  }

  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
