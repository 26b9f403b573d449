package dev.broadsheet.site;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256, the build cache's notion of "the same content". */
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

  static String hex(byte[] digest) {
    return HexFormat.of().formatHex(digest);
  }
}
