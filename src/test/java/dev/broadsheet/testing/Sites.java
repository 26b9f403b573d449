package dev.broadsheet.testing;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.site.BuildOptions;
import dev.broadsheet.site.BuildResult;
import dev.broadsheet.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Writes article folders for tests and builds them. */
public final class Sites {
  /** The build clock of test builds: later than every dated test article. */
  public static final Instant CLOCK = Instant.parse("2026-01-01T00:00:00Z");
  private Sites() {}

  /** Writes {@code text} to {@code root/relative}, creating folders. */
  public static Path write(Path root, String relative, String text) {
    return write(root, relative, text.getBytes(StandardCharsets.UTF_8));
  }

  public static Path write(Path root, String relative, byte[] bytes) {
    try {
      Path file = root.resolve(relative);
      Files.createDirectories(file.getParent());
      return Files.write(file, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Builds {@code articles} into {@code out} with the default theme and settings. */
  public static BuildResult build(Path articles, Path out) {
    return build(articles, out, SiteConfig.defaults());
  }

  public static BuildResult build(Path articles, Path out, SiteConfig config) {
    return SiteBuilder.build(BuildOptions.of(articles, out, config, CLOCK));
  }

  public static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file below {@code root} and its bytes, by relative path with {@code /}. */
  public static Map<String, byte[]> snapshot(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).forEach(f -> {
        try {
          files.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** Copies a folder of test resources, such as {@code fixtures/basic}, into {@code target}. */
  public static Path copyResource(String resourceFolder, Path target) {
    Path source = Path.of("src/test/resources", resourceFolder);
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return target;
  }
}
