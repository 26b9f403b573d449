package dev.broadsheet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Checks every internal {@code href} and {@code src} of every page of a built site as a browser
 * opening it from disk would: the link must be relative, name a file (not a folder) inside the
 * site, and its {@code #anchor} must exist in the target page.
 */
public final class LinkChecker {
  private LinkChecker() {}

  /** The broken links, as "page: link (reason)"; empty when every link resolves. */
  public static List<String> brokenLinks(Path site) {
    Path root = site.toAbsolutePath().normalize();
    Map<Path, Document> pages = new HashMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        if (p.toString().endsWith(".html")) {
          pages.put(p, Jsoup.parse(p.toFile(), "UTF-8"));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (pages.isEmpty()) {
      return List.of("no pages in " + site);
    }
    Map<Path, Set<String>> ids = new HashMap<>();
    pages.forEach((p, doc) -> {
      Set<String> set = new HashSet<>();
      doc.select("[id]").forEach(e -> set.add(e.id()));
      doc.select("a[name]").forEach(e -> set.add(e.attr("name")));
      ids.put(p, set);
    });
    List<String> broken = new ArrayList<>();
    pages.forEach((page, doc) -> {
      for (Element e : doc.select("[href], [src]")) {
        String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
        String problem = problem(root, page, link, ids);
        if (problem != null) {
          broken.add(root.relativize(page) + ": " + link + " (" + problem + ")");
        }
      }
    });
    broken.sort(null);
    return broken;
  }

  /**
   * The broken links as a host serving the site under {@code /archive/} sees them: each link is
   * resolved as a URL against its page's URL and must stay under the sub-path and name a file.
   */
  public static List<String> brokenLinksUnderSubPath(Path site) {
    Path root = site.toAbsolutePath().normalize();
    URI base = URI.create("https://host.example/archive/");
    List<String> broken = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path page : (Iterable<Path>) walk::iterator) {
        if (!page.toString().endsWith(".html")) {
          continue;
        }
        String rel = root.relativize(page).toString().replace('\\', '/');
        URI pageUrl = base.resolve(rel);
        for (Element e : Jsoup.parse(page.toFile(), "UTF-8").select("[href], [src]")) {
          String link = e.hasAttr("href") ? e.attr("href") : e.attr("src");
          URI target = pageUrl.resolve(link.replace(" ", "%20"));
          if (!target.getHost().equals(base.getHost())) {
            continue;
          }
          String path = target.getPath();
          if (!path.startsWith(base.getPath())) {
            broken.add(rel + ": " + link + " (leaves /archive/)");
          } else if (!Files.isRegularFile(root.resolve(path.substring(base.getPath().length())))) {
            broken.add(rel + ": " + link + " (no file at " + path + ")");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return broken;
  }

  private static String problem(Path root, Path page, String link, Map<Path, Set<String>> ids) {
    URI uri;
    try {
      uri = new URI(link);
    } catch (Exception e) {
      return "not a valid URL";
    }
    if (uri.getScheme() != null || link.startsWith("//")) {
      return null;
    }
    String path = uri.getRawPath() == null ? "" : URLDecoder.decode(uri.getRawPath(),
        StandardCharsets.UTF_8);
    if (path.startsWith("/")) {
      return "root-absolute; breaks file:// and sub-path hosting";
    }
    Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
    if (!target.startsWith(root)) {
      return "points outside the site";
    }
    if (Files.isDirectory(target)) {
      return "a folder, not a file";
    }
    if (!Files.isRegularFile(target)) {
      return "missing";
    }
    String fragment = uri.getFragment();
    if (fragment != null && ids.containsKey(target) && !ids.get(target).contains(fragment)) {
      return "no such #anchor";
    }
    return null;
  }
}
