package dev.broadsheet.site;

import dev.broadsheet.content.FolderWalk;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What stands in the output folder before a build: whether Broadsheet may replace it, and
 * whether the build cache describes it exactly, so that it may be patched instead.
 */
final class ExistingSite {
  private ExistingSite() {}

  /**
   * Checks that {@code outFolder} is a folder Broadsheet may replace: one an earlier build made
   * (it holds the {@link OutputWriter#MARKER} file), an empty one, or none yet.
   *
   * @return the folder as an absolute, normal path
   * @throws BuildException when it is not ours to replace
   */
  static Path checkReplaceable(Path outFolder) {
    Path out = outFolder.toAbsolutePath().normalize();
    if (out.getParent() == null) {
      throw new BuildException("refusing to write the site to " + out);
    }
    if (Files.exists(out)) {
      if (!Files.isDirectory(out)) {
        throw new BuildException("output " + outFolder + " is a file, not a folder");
      }
      if (!Files.isRegularFile(out.resolve(OutputWriter.MARKER)) && !isEmpty(out)) {
        throw new BuildException("output folder " + outFolder + " is not empty and was not made by"
            + " Broadsheet; refusing to replace it (choose another --out, or empty it)");
      }
    }
    return out;
  }

  /**
   * Whether the site at {@code outFolder} holds exactly the files of {@code previous}, each of
   * the size and time given: if so, nobody has touched it since the build that wrote it.
   */
  static boolean describes(Path outFolder, FileTable previous) {
    return previous.size() > 0
        && fingerprint(outFolder).filter(previous.fingerprint()::equals).isPresent();
  }

  /**
   * The files of the site at {@code outFolder}, their paths, sizes and times, as one value; none
   * when there is no site there, or it cannot be walked.
   */
  static Optional<SiteFingerprint> fingerprint(Path outFolder) {
    Path out = outFolder.toAbsolutePath().normalize();
    if (!Files.isDirectory(out)) {
      return Optional.empty();
    }
    SiteFingerprint.Sum site = new SiteFingerprint.Sum();
    try {
      FolderWalk.walk(out, out, (rel, file, attrs) -> {
        byte[] path = rel.getBytes(StandardCharsets.UTF_8);
        site.add(path, 0, path.length, attrs.size(), attrs.lastModifiedTime().toMillis());
      });
    } catch (IOException e) {
      return Optional.empty();
    }
    return Optional.of(site.sum());
  }

  /** Whether the folder {@code dir} holds nothing. */
  static boolean isEmpty(Path dir) {
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      return !entries.iterator().hasNext();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
