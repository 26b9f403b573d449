package dev.broadsheet.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The files a site is rendered with: Mustache templates ({@code *.mustache}) and static assets
 * (everything under {@code assets/}). A file in the templates folder on disk overrides the file of
 * the same name in the default theme embedded in the jar, one file at a time, so a newsroom can
 * restyle a single partial and keep the rest.
 */
public final class Theme {
  static final String EMBEDDED_ROOT = "dev/broadsheet/theme/";
  private static final String ASSETS = "assets/";

  private final Optional<Path> folder;

  /**
   * A template or asset's text and where it came from.
   *
   * @param origin shown in error messages: the file on disk, or "default theme: NAME"
   * @param bytes  its content
   */
  public record Source(String origin, byte[] bytes) {
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }

  /** @param folder templates folder that overrides the defaults, when there is one */
  public Theme(Optional<Path> folder) {
    this.folder = folder.map(p -> p.toAbsolutePath().normalize());
  }

  /** A template or asset by its path below the theme root, e.g. {@code partials/head.mustache}. */
  public Optional<Source> find(String name) {
    if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
      return Optional.empty();
    }
    if (folder.isPresent()) {
      Path file = folder.get().resolve(name).normalize();
      if (file.startsWith(folder.get()) && Files.isRegularFile(file)) {
        try {
          return Optional.of(new Source(file.toString(), Files.readAllBytes(file)));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    try (InputStream in = Theme.class.getClassLoader().getResourceAsStream(EMBEDDED_ROOT + name)) {
      return in == null ? Optional.empty()
          : Optional.of(new Source("default theme: " + name, in.readAllBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Paths below the theme root of every asset, from disk and embedded, sorted. */
  public List<String> assetNames() {
    return names().stream().filter(n -> n.startsWith(ASSETS)).toList();
  }

  /** Paths below the theme root of every template, from disk and embedded, sorted. */
  public List<String> templateNames() {
    return names().stream().filter(n -> n.endsWith(".mustache")).toList();
  }

  private List<String> names() {
    TreeSet<String> names = new TreeSet<>(embeddedNames());
    if (folder.isPresent() && Files.isDirectory(folder.get())) {
      try (Stream<Path> files = Files.walk(folder.get())) {
        files.filter(Files::isRegularFile)
            .map(f -> folder.get().relativize(f).toString().replace('\\', '/'))
            .forEach(names::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    names.removeIf(Theme::isHidden);
    return List.copyOf(names);
  }

  /** The default theme's files, listed from the jar or, in development, the classes folder. */
  private static List<String> embeddedNames() {
    Path location;
    try {
      location = Path.of(Theme.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    TreeSet<String> names = new TreeSet<>();
    try {
      if (Files.isDirectory(location)) {
        Path dir = location.resolve(EMBEDDED_ROOT);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile)
                .map(f -> dir.relativize(f).toString().replace('\\', '/'))
                .forEach(names::add);
          }
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          Enumeration<JarEntry> entries = jar.entries();
          while (entries.hasMoreElements()) {
            JarEntry entry = entries.nextElement();
            if (!entry.isDirectory() && entry.getName().startsWith(EMBEDDED_ROOT)) {
              names.add(entry.getName().substring(EMBEDDED_ROOT.length()));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(names);
  }

  private static boolean isHidden(String path) {
    return path.startsWith(".") || path.contains("/.") || path.endsWith("~");
  }
}
