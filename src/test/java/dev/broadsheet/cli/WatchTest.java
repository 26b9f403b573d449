package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.testing.Sites;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code build --watch} as a writer at work meets it: edit, save, and the site follows. */
class WatchTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void theSiteIsBuiltAgainAfterEachChangeAndAFailureDoesNotStopTheWatch() throws Exception {
    Sites.write(dir, "articles/harbour.md", "---\ntitle: Harbour\n---\nBoats came in.\n");
    Sites.write(dir, "broadsheet.yaml", "title: The Harbour Times\n");
    Files.createDirectories(dir.resolve("templates"));
    AtomicInteger code = new AtomicInteger(-1);
    Thread watching = new Thread(() -> code.set(Main.run(new PrintWriter(out, true),
        new PrintWriter(err, true), "build", "--watch", "-a", dir.resolve("articles").toString(),
        "-t", dir.resolve("templates").toString(), "-c", dir.resolve("broadsheet.yaml").toString(),
        "-o", dir.resolve("site").toString())));
    watching.start();
    try {
      awaitUntil(() -> builds() == 1 && err.toString().contains("for changes; Ctrl-C stops"));
      Path page = dir.resolve("site/articles/harbour.html");
      assertThat(Files.readString(page)).contains("Boats came in.");

      Sites.write(dir, "articles/harbour.md", "---\ntitle: Harbour\n---\nBoats went out.\n");
      awaitUntil(() -> builds() == 2);
      assertThat(Files.readString(page)).contains("Boats went out.");
      assertThat(err.toString()).contains("changed: " + dir.resolve("articles/harbour.md")
          + "\n");

      // A mistake is reported in one line, and the site is left as it was.
      Sites.write(dir, "articles/bad.md", "---\ndate: 2017-02-30\n---\nx\n");
      awaitUntil(() -> err.toString().contains("error: bad.md:2: 'date' is not a valid date"));
      assertThat(Files.readString(page)).contains("Boats went out.");

      // Put right, and the configuration changed too: both count.
      Sites.write(dir, "articles/bad.md", "---\ndate: 2017-02-28\n---\nx\n");
      awaitUntil(() -> builds() == 3);
      Sites.write(dir, "broadsheet.yaml", "title: The Evening Harbour\n");
      awaitUntil(() -> builds() == 4);
      assertThat(Files.readString(page)).contains("The Evening Harbour");
    } finally {
      // A terminal's Ctrl-C ends the process; an embedding program interrupts the thread.
      watching.interrupt();
      watching.join(Duration.ofSeconds(20).toMillis());
    }
    assertThat(watching.isAlive()).isFalse();
    assertThat(code.get()).isEqualTo(ExitCodes.OK);
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void aFolderOfArticlesMovedInIsBuiltAndAnArticleDeletedGoes() throws Exception {
    Sites.write(dir, "articles/world/harbour.md", "---\ntitle: Harbour\n---\nBoats.\n");
    Sites.write(dir, "batch/inner/quay.md", "---\ntitle: Quay\n---\nA quay.\n");
    Sites.write(dir, "batch/pier.txt", "Pier\n\nA pier.\n");
    AtomicInteger code = new AtomicInteger(-1);
    Thread watching = new Thread(() -> code.set(Main.run(new PrintWriter(out, true),
        new PrintWriter(err, true), "build", "--watch", "-a", dir.resolve("articles").toString(),
        "-o", dir.resolve("site").toString())));
    watching.start();
    try {
      awaitUntil(() -> builds() == 1 && err.toString().contains("for changes; Ctrl-C stops"));
      // Moved in whole, the folder is one change: what is inside it is found all the same.
      Files.move(dir.resolve("batch"), dir.resolve("articles/world/batch"));
      awaitUntil(() -> builds() == 2);
      assertThat(dir.resolve("site/articles/quay.html")).exists();
      assertThat(dir.resolve("site/articles/pier.html")).exists();

      Files.delete(dir.resolve("articles/world/harbour.md"));
      awaitUntil(() -> builds() == 3);
      assertThat(dir.resolve("site/articles/harbour.html")).doesNotExist();
      assertThat(dir.resolve("site/articles/quay.html")).exists();
    } finally {
      watching.interrupt();
      watching.join(Duration.ofSeconds(20).toMillis());
    }
    assertThat(code.get()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void anArticlesFolderThatIsNotThereIsOneErrorNotAWatchOfNothing() {
    Path missing = dir.resolve("missing");
    int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "build",
        "--watch", "-a", missing.toString(), "-o", dir.resolve("site").toString());
    assertThat(code).isEqualTo(ExitCodes.FAILED);
    assertThat(err.toString()).isEqualTo("error: articles folder " + missing
        + " does not exist\n");
  }

  private int builds() {
    return (int) out.toString().lines().filter(l -> l.startsWith("Built ")).count();
  }

  private void awaitUntil(BooleanSupplier condition) throws InterruptedException, IOException {
    Instant deadline = Instant.now().plusSeconds(30);
    while (!condition.getAsBoolean()) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError("timed out; out:\n" + out + "\nerr:\n" + err);
      }
      Thread.sleep(20);
    }
  }
}
