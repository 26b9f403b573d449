package dev.broadsheet.cli;

import dev.broadsheet.site.BuildProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on the terminal, shown only once a build has run for a second: a quick build
 * prints just its summary line, and the bar is cleared when the build ends.
 */
final class TerminalProgress implements BuildProgress, AutoCloseable {
  private static final long SHOW_AFTER_NANOS = Duration.ofSeconds(1).toNanos();

  private final PrintStream terminal;
  private final long start = System.nanoTime();
  private final AtomicLong done = new AtomicLong();
  private volatile long expected;
  private ProgressBar bar;

  TerminalProgress(PrintStream terminal) {
    this.terminal = terminal;
  }

  @Override
  public void expect(long steps) {
    expected = steps;
    synchronized (this) {
      if (bar != null) {
        bar.maxHint(steps);
      }
    }
  }

  @Override
  public void step(String stage) {
    long n = done.incrementAndGet();
    // Every step would contend on the bar's lock; a few hundred updates a second are plenty.
    if ((n & 255) == 0) {
      update(n, stage);
    }
  }

  private synchronized void update(long n, String stage) {
    long elapsed = System.nanoTime() - start;
    if (bar == null) {
      if (elapsed < SHOW_AFTER_NANOS) {
        return;
      }
      bar = new ProgressBarBuilder().setTaskName("Building").setInitialMax(expected)
          .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(200)
          .setConsumer(new ConsoleProgressBarConsumer(terminal)).clearDisplayOnFinish()
          .startsFrom(0, Duration.ofNanos(elapsed)).build();
    }
    bar.stepTo(n);
    bar.setExtraMessage(stage);
  }

  @Override
  public synchronized void close() {
    if (bar != null) {
      bar.close();
    }
  }
}
