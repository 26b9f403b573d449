package dev.broadsheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Whether a build's heap is kept in pages of 2 MB.
 *
 * <p>The system must offer them: Linux's transparent huge pages, set to {@code always} or
 * {@code madvise} (the usual default). Set to {@code never}, or on a system without them (no
 * such setting), the JVM is not asked: on a kernel without them, it would warn on every build,
 * and elsewhere it does not know the option at all and would not start.
 *
 * <p>A long build always gains by them. A quick rebuild, which touches a few hundred megabytes
 * once in two seconds, gains only where the first touch of a small page is dear
 * ({@link #smallPagesDear()}), and that depends on the host more than on anything a build can
 * see: on one virtual machine a small page cost 11-16 microseconds and a rebuild after an edit
 * to one of 100,000 articles took 3.71 s with huge pages against 4.19 s without; on another a
 * small page cost 1.5 microseconds, a fresh huge page more than its 512 small ones, and the
 * same rebuild took 0.02-0.14 s longer with them. So the rebuild asks the host, by touching a
 * megabyte, and only then.
 *
 * @param offered        whether the system gives pages of 2 MB to a program that asks
 * @param smallPagesDear whether the first touch of a page of 4 KB is dear here; asked only for a
 *                       quick rebuild, where huge pages are offered
 */
record HugePages(boolean offered, BooleanSupplier smallPagesDear) {
  /** Where Linux says whether it gives them: {@code always [madvise] never}, say. */
  static final Path SETTING = Path.of("/sys/kernel/mm/transparent_hugepage/enabled");
  /** How much fresh memory the probe touches, in pages of 4 KB. */
  static final int PROBE_BYTES = 1 << 20;
  /**
   * A megabyte of fresh pages of 4 KB taking longer than this is dear: 4 ms measured where huge
   * pages won (16 microseconds a page, faults handled by the host), 0.4 ms where they lost.
   */
  static final long DEAR_PROBE_NANOS = 1_500_000;

  /** This system's offer, its small pages probed when asked. */
  static HugePages ofThisSystem() {
    return new HugePages(offered(SETTING), HugePages::probeSmallPages);
  }

  /** Whether a build is to keep its heap in huge pages; {@code quick} for a quick rebuild. */
  boolean forBuild(boolean quick) {
    return offered && (!quick || smallPagesDear.getAsBoolean());
  }

  static boolean offered(Path setting) {
    try {
      String chosen = Files.readString(setting);
      return chosen.contains("[always]") || chosen.contains("[madvise]");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Whether fresh memory costs more than {@link #DEAR_PROBE_NANOS} a megabyte here, twice in a
   * row: a probe the scheduler interrupted would make it seem dear. An array this large is
   * allocated in memory of its own, which the JVM zeroes, touching each page; this JVM's heap
   * is not kept in huge pages unless the system gives them to every program, and then the
   * probe finds them cheap, rightly: the tuned JVM's heap will be in them too.
   */
  static boolean probeSmallPages() {
    return dearProbe() && dearProbe();
  }

  private static boolean dearProbe() {
    try {
      long start = System.nanoTime();
      // Not optimised away: the compilers leave arrays over 64 elements to the heap.
      byte[] fresh = new byte[PROBE_BYTES];
      return System.nanoTime() - start > DEAR_PROBE_NANOS;
    } catch (OutOfMemoryError e) {
      return false; // a heap too small for a megabyte (-Xmx2m, say): no probe, no huge pages
    }
  }
}
