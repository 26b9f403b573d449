package dev.broadsheet.site;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.Hasher128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * The build cache's notions of "the same": XXH3-128 throughout, for the keys the cache is kept
 * under (the code, the configuration, the theme), each article's content, and what each file of
 * the site is made from. A build of fewer than 25,000 articles, and a rebuild, run without the
 * optimising compiler that makes SHA-256 fast: there XXH3 took a twentieth of the time, and
 * SHA-256 had taken a quarter of a rebuild's CPU. The keys, the last of it, had every build
 * start Java's cryptographic providers too (see {@link dev.broadsheet.scratch.FreshNames}).
 * XXH3 is no defence against inputs made to collide, but the inputs are the site's own, and a
 * collision by chance is as unlikely as with the first 128 bits of SHA-256.
 */
final class Digests {
  private Digests() {}

  /**
   * The fingerprint of a file's content (an article's, a theme's), {@link CachedFile#HASH_BYTES}
   * bytes: XXH3-128, as a build without C2 hashes every file it reads, and SHA-256 took a
   * thirtieth of the CPU of a first build of 10,000 articles.
   */
  static byte[] content(byte[] bytes) {
    return quick(bytes, 0, bytes.length);
  }

  /** The digest of several strings, each length-prefixed so that no two lists collide. */
  static byte[] of(String... parts) {
    HashStream128 digest = Hashing.xxh3_128().hashStream();
    for (String part : parts) {
      byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
      digest.putInt(bytes.length).putBytes(bytes);
    }
    return digest.get().toByteArray();
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
