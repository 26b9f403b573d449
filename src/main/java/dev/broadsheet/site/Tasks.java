package dev.broadsheet.site;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/** The build's work done beside other work: where it runs, and waiting for it. */
final class Tasks {
  private Tasks() {}

  /** Waits for {@code task}, and gives what it gave or throws what it threw. */
  static <T> T joined(CompletableFuture<T> task) {
    try {
      return task.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException failure) {
        throw failure;
      }
      if (e.getCause() instanceof Error failure) {
        throw failure;
      }
      throw e;
    }
  }

  /**
   * Waits for {@code task} to end, however it ends: when the build fails, so that the task is not
   * left writing to a site or a cache that is being closed. What it threw is the build's lesser
   * problem.
   */
  static void settled(CompletableFuture<?> task) {
    if (task != null) {
      task.exceptionally(failure -> null).join();
    }
  }

  /**
   * Runs tasks each on a daemon thread of its own named {@code name}: a thread dump says what
   * each is, and none keeps the JVM alive.
   */
  static Executor daemon(String name) {
    return task -> {
      Thread thread = new Thread(task, name);
      thread.setDaemon(true);
      thread.start();
    };
  }
}
