package dev.broadsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the system backs a program's memory with pages of 2 MB when the program asks: Linux's
 * transparent huge pages, set to {@code always} or {@code madvise} (the usual default). Set to
 * {@code never}, or on a system without them (no such setting), the JVM is not asked: on a
 * kernel without them, it would warn on every build, and elsewhere it does not know the option
 * at all and would not start.
 */
final class HugePages {
  /** Where Linux says whether it gives them: {@code always [madvise] never}, say. */
  static final Path SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");

  private HugePages() {}

  static boolean offered(Path setting) {
    try {
      String chosen = Files.readString(setting);
      return chosen.contains("[always]") || chosen.contains("[madvise]");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }
}
