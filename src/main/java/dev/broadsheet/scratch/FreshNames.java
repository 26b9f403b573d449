package dev.broadsheet.scratch;

import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Names for the files and folders a build makes that no other has: 128 random bits, written as a
 * UUID is. Not {@link UUID#randomUUID} nor {@code Files.createTempDirectory}: their secure random
 * source, at its first use, starts Java's cryptographic providers, 27-38 ms of a JVM just
 * started and nothing else of a build needs them. The names must be unique, not secret.
 */
public final class FreshNames {
  private FreshNames() {}

  /** A name no file has been given, to all odds. */
  public static String next() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new UUID(random.nextLong(), random.nextLong()).toString();
  }
}
