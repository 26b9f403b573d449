package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build trusts a cache only if the code that made it is the code that builds. */
class CodeFingerprintTest {
  @TempDir
  Path dir;

  private Path jar(String name, Map<String, String> entries, String comment) throws IOException {
    Path jar = dir.resolve(name);
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file)) {
      for (Map.Entry<String, String> e : new TreeMap<>(entries).entrySet()) {
        JarEntry entry = new JarEntry(e.getKey());
        entry.setTime(0);
        out.putNextEntry(entry);
        out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
      }
      out.setComment(comment);
    }
    return jar;
  }

  @Test
  void aJarWithAnyEntryChangedHasAnotherFingerprint() throws IOException {
    Map<String, String> code = Map.of("a/A.class", "first version", "b/B.class", "unchanged");
    String before = CodeFingerprint.of(jar("before.jar", code, ""));

    assertThat(CodeFingerprint.of(jar("same.jar", code, ""))).isEqualTo(before);
    // One byte of one entry, its size the same.
    assertThat(CodeFingerprint.of(jar("edited.jar",
        Map.of("a/A.class", "first versioN", "b/B.class", "unchanged"), "")))
        .isNotEqualTo(before);
    assertThat(CodeFingerprint.of(jar("added.jar",
        Map.of("a/A.class", "first version", "b/B.class", "unchanged", "c/C.class", ""), "")))
        .isNotEqualTo(before);
    assertThat(CodeFingerprint.of(jar("renamed.jar",
        Map.of("a/A.class", "first version", "b/C.class", "unchanged"), "")))
        .isNotEqualTo(before);
  }

  @Test
  void aJarCopiedOrTouchedKeepsItsFingerprint() throws IOException {
    Path jar = jar("broadsheet.jar", Map.of("A.class", "code"), "");
    String before = CodeFingerprint.of(jar);
    Path copy = Files.copy(jar, dir.resolve("copy.jar"));
    Files.setLastModifiedTime(copy, FileTime.fromMillis(0));

    assertThat(CodeFingerprint.of(copy)).isEqualTo(before).doesNotStartWith("unknown-");
  }

  @Test
  void aJarWhoseCommentHoldsTheDirectorysSignatureIsStillRead() throws IOException {
    String tricky = "PK\u0005\u0006 looks like the end of a central directory";
    String before = CodeFingerprint.of(jar("a.jar", Map.of("A.class", "one"), tricky));

    assertThat(CodeFingerprint.of(jar("b.jar", Map.of("A.class", "two"), tricky)))
        .isNotEqualTo(before).doesNotStartWith("unknown-");
  }

  @Test
  void aFileThatIsNotAZipIsFingerprintedWhole() throws IOException {
    Path one = Files.writeString(dir.resolve("one.jar"), "not a zip at all");
    Path two = Files.writeString(dir.resolve("two.jar"), "not a zip at All");

    assertThat(CodeFingerprint.of(one)).isNotEqualTo(CodeFingerprint.of(two))
        .isEqualTo(CodeFingerprint.of(one));
  }

  @Test
  void aFolderOfClassesIsFingerprintedByItsFiles() throws IOException {
    Path classes = Files.createDirectories(dir.resolve("classes/dev"));
    Files.writeString(classes.resolve("A.class"), "one");
    String before = CodeFingerprint.of(dir.resolve("classes"));
    Files.writeString(classes.resolve("A.class"), "two");

    assertThat(CodeFingerprint.of(dir.resolve("classes"))).isNotEqualTo(before);
  }
}
