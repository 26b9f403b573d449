package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleScannerTest {
  @TempDir
  Path dir;

  private void write(String relative) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "Headline\n\nText.\n");
  }

  @Test
  void findsArticlesInEveryFolderSortedByPathAndSaysWhatItSkipped() throws IOException {
    for (String f : List.of("z.md", "a.txt", "world/2020/b.md", "world/2019/c.txt",
        "world/2019/deep/d.md", "uk/e.md", "uk/notes.docx", "uk/e.md~", ".hidden/f.md",
        "world/.drafts/g.md", "sport/.h.md", "sport/2001/#i.md#")) {
      write(f);
    }
    Files.createDirectories(dir.resolve("empty/inner"));
    Files.createSymbolicLink(dir.resolve("linked.md"), dir.resolve("uk"));
    Files.createSymbolicLink(dir.resolve("world/2020/same.md"), dir.resolve("z.md"));

    ArticleScanner.Scan scan = ArticleScanner.scan(dir);

    assertThat(scan.articles()).extracting(SourceFile::relativePath).containsExactly(
        "a.txt", "uk/e.md", "world/2019/c.txt", "world/2019/deep/d.md", "world/2020/b.md",
        "world/2020/same.md", "z.md");
    assertThat(scan.skipped()).containsExactly(".hidden/ (hidden folder)",
        "linked.md (symbolic link to something not a file)", "sport/.h.md (hidden)",
        "sport/2001/#i.md# (editor backup)", "uk/e.md~ (editor backup)",
        "uk/notes.docx (not .txt or .md)", "world/.drafts/ (hidden folder)");
    assertThat(scan.warnings()).isEmpty();
  }

  @Test
  void filesOfFoldersWhoseNamesSortBeforeTheirPathsAreStillInPathOrder() throws IOException {
    // Folder by folder, "a" comes before "a-b", but "a-b/x.md" before "a/y.md" ('-' < '/').
    List<String> written = List.of("a/y.md", "a/z/w.md", "a-b/x.md", "a.md", "a0.md", "b/v.md");
    for (int i = 0; i < written.size(); i++) {
      write(written.get(i));
      // Each of its own size, so that a stamp given to another file shows.
      Files.writeString(dir.resolve(written.get(i)), "Headline\n\n" + "x".repeat(10 * i));
    }
    ArticleScanner.Scan scan = ArticleScanner.scan(dir);
    assertThat(scan.articles()).extracting(SourceFile::relativePath).containsExactly(
        "a-b/x.md", "a.md", "a/y.md", "a/z/w.md", "a0.md", "b/v.md");
    assertThat(scan.stamps()).hasSize(6);
    for (int i = 0; i < 6; i++) {
      assertThat(scan.stamps().get(i).size()).isEqualTo(
          Files.size(dir.resolve(scan.articles().get(i).relativePath())));
    }
  }

  @Test
  void eachArticleComesWithTheSizeAndTimeOfTheFileItIsReadFrom() throws IOException {
    write("b/long.md");
    Files.writeString(dir.resolve("a.md"), "Headline\n\nA longer text than the other.\n");
    Files.setLastModifiedTime(dir.resolve("a.md"),
        java.nio.file.attribute.FileTime.fromMillis(1_500_000_000_000L));
    // A link's own size and time are not the article's: the file it leads to is read.
    Files.createSymbolicLink(dir.resolve("c.md"), dir.resolve("a.md"));

    ArticleScanner.Scan scan = ArticleScanner.scan(dir);

    assertThat(scan.articles()).extracting(SourceFile::relativePath)
        .containsExactly("a.md", "b/long.md", "c.md");
    long aSize = Files.size(dir.resolve("a.md"));
    assertThat(scan.stamps()).containsExactly(
        new ArticleScanner.Stamp(aSize, 1_500_000_000_000L),
        new ArticleScanner.Stamp(Files.size(dir.resolve("b/long.md")),
            Files.getLastModifiedTime(dir.resolve("b/long.md")).toMillis()),
        new ArticleScanner.Stamp(aSize, 1_500_000_000_000L));
  }
}
