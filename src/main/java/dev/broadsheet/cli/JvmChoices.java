package dev.broadsheet.cli;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What the user chose, read from the JVM's options: apart, so that the tuned JVM, which
 * launches nothing, does not compile these patterns (11 ms before its build began).
 */
final class JvmChoices {
  /** JVM options that say the user chose the young generation's size. */
  static final Pattern YOUNG_CHOICE =
      Pattern.compile("-Xmn.*|-XX:(Max)?NewSize=.*|-XX:NewRatio=.*");
  /** JVM options that say the user chose the size of the memory's pages. */
  static final Pattern PAGES_CHOICE =
      Pattern.compile("-XX:([+-]Use(\\w*Pages|SHM|HugeTLBFS)|LargePage\\w*=.*)");
  /** JVM options that say the user is choosing the compiler or watching this JVM. */
  static final Pattern HANDS_OFF = Pattern.compile(
      "-X(int|comp|debug|run.*)|-agent.*|-javaagent.*|.*(Tiered|CompilationMode|CompileCommand"
          + "|CompileThreshold|CompilerDirectives|Inline|StartFlightRecording|FlightRecorder).*");
  /** JVM options that say the user chose how classes are shared, or is looking at it. */
  static final Pattern CLASS_SHARING = Pattern.compile(
      "-Xshare:.*|-XX:.*(SharedArchiveFile|ArchiveClassesAtExit|ArchiveRelocationMode).*"
          + "|-Xlog:.*cds.*");
  static final Pattern COLLECTOR_CHOICE = Pattern.compile("-XX:[+-]Use\\w*GC");
  static final Pattern TENURING_CHOICE = Pattern.compile("-XX:\\w*Tenuring\\w*=.*");
  static final Pattern MARKING_CHOICE =
      Pattern.compile("-XX:([+-]G1UseAdaptiveIHOP|InitiatingHeapOccupancyPercent=.*)");
  static final Pattern OTHER_COLLECTOR = Pattern.compile("-XX:\\+Use(?!G1GC)\\w*GC");

  private JvmChoices() {}

  /** Whether one of {@code jvmOptions} is a choice {@code choice} matches. */
  static boolean made(Pattern choice, List<String> jvmOptions) {
    return jvmOptions.stream().anyMatch(o -> choice.matcher(o).matches());
  }
}
