package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWalkTest {
  @TempDir
  Path dir;

  /** What a walk reports, one line an entry, sorted: the walk's order is the file system's. */
  private static List<String> walked(Path root, Path folder, boolean byPaths) throws IOException {
    List<String> seen = new ArrayList<>();
    FolderWalk.Visitor visitor = new FolderWalk.Visitor() {
      @Override
      public boolean enter(String rel, Path dir) {
        seen.add("enter " + rel + " " + dir.equals(root.resolve(rel)));
        return !rel.endsWith(".skip");
      }

      @Override
      public void visit(String rel, Path file, BasicFileAttributes attrs) {
        seen.add("visit " + rel + " " + file.equals(root.resolve(rel)) + " size=" + attrs.size()
            + " link=" + attrs.isSymbolicLink() + " time="
            + attrs.lastModifiedTime().toMillis());
      }
    };
    if (byPaths) {
      FolderWalk.walkByPaths(root, folder, visitor);
    } else {
      FolderWalk.walk(root, folder, visitor);
    }
    seen.sort(null);
    return seen;
  }

  private Path tree() throws IOException {
    Path root = dir.resolve("root").toAbsolutePath().normalize();
    Files.createDirectories(root.resolve("a/b/c"));
    Files.createDirectories(root.resolve("a/x.skip/y"));
    Files.writeString(root.resolve("top.md"), "1");
    Files.writeString(root.resolve("a/one.md"), "22");
    Files.writeString(root.resolve("a/b/c/deep caf\u00E9.md"), "333");
    Files.writeString(root.resolve("a/x.skip/y/never.md"), "4444");
    Files.createSymbolicLink(root.resolve("a/to-b"), root.resolve("a/b"));
    Files.createSymbolicLink(root.resolve("a/to-one.md"), root.resolve("a/one.md"));
    for (Path p : List.of(root.resolve("top.md"), root.resolve("a/one.md"),
        root.resolve("a/b/c/deep caf\u00E9.md"))) {
      Files.setLastModifiedTime(p, FileTime.fromMillis(1_700_000_000_000L));
    }
    return root;
  }

  @Test
  void seesEveryFileBelowItsPathWithItsOwnAttributesAndDoesNotFollowLinks() throws IOException {
    Path root = tree();
    List<String> seen = walked(root, root, false);
    assertThat(seen).filteredOn(s -> !s.contains("link=true")).containsExactly(
        "enter a true",
        "enter a/b true",
        "enter a/b/c true",
        "enter a/x.skip true",
        "visit a/b/c/deep caf\u00E9.md true size=3 link=false time=1700000000000",
        "visit a/one.md true size=2 link=false time=1700000000000",
        "visit top.md true size=1 link=false time=1700000000000");
    // A link to a folder is not gone into, nor one to a file read through: both are links.
    assertThat(seen).filteredOn(s -> s.contains("link=true")).extracting(s -> s.split(" ")[1])
        .containsExactly("a/to-b", "a/to-one.md");
  }

  @Test
  void walkingByWholePathsSeesWhatWalkingByNamesSees() throws IOException {
    Path root = tree();
    assertThat(walked(root, root, true)).isEqualTo(walked(root, root, false));
    Path below = root.resolve("a");
    assertThat(walked(root, below, true)).isEqualTo(walked(root, below, false))
        .contains("enter a/b true").doesNotContain("enter a true");
  }

  @Test
  void aFolderThatIsNotThereIsAnError() {
    Path root = dir.toAbsolutePath().normalize();
    assertThatThrownBy(() -> walked(root, root.resolve("gone"), false))
        .isInstanceOf(NoSuchFileException.class);
    assertThatThrownBy(() -> walked(root, root.resolve("gone"), true))
        .isInstanceOf(NoSuchFileException.class);
  }
}
