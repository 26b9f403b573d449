package dev.broadsheet.site;

import com.dynatrace.hash4j.hashing.HashStream128;
import com.dynatrace.hash4j.hashing.Hashing;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/**
 * A fingerprint of the code that builds: the jar, or in development the classes folder. A new
 * Broadsheet may read or render differently, so its builds do not trust an older one's cache.
 */
final class CodeFingerprint {
  private CodeFingerprint() {}

  /** The fingerprint, in hex; one that matches nothing when the code cannot be read. */
  static String of() {
    try {
      Path location = Path.of(CodeFingerprint.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
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
        digest.putBytes(Files.readAllBytes(location));
      }
      return Digests.hex(digest.get().toByteArray());
    } catch (IOException | URISyntaxException e) {
      // Without a fingerprint of the code, nothing cached can be trusted.
      return "unknown-" + UUID.randomUUID();
    }
  }
}
