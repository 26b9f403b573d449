package dev.broadsheet.check;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Every internal link and reference of every page, resolved as a browser opening the site from
 * disk ({@code file://}) would, which is also how it resolves under any sub-path: the link must be
 * relative, stay inside the site, name a file (from disk, a folder shows a listing or nothing,
 * not its {@code index.html}) and, with a {@code #fragment}, name an id of the target page.
 * Links with a scheme ({@code https:}, {@code mailto:}) or to another host are not followed.
 */
final class LinkCheck {
  private static final String REFERENCES = "a[href], area[href], link[href], script[src],"
      + " img[src], source[src], video[src], audio[src], track[src], iframe[src], embed[src],"
      + " form[action]";

  private final Path root;
  private final Map<Path, Document> pages;

  LinkCheck(Path root, Map<Path, Document> pages) {
    this.root = root;
    this.pages = pages;
  }

  void check(List<Problem> problems) {
    for (Map.Entry<Path, Document> page : pages.entrySet()) {
      String name = SitePath.of(root, page.getKey());
      Set<String> seen = new HashSet<>();
      for (Element e : page.getValue().select(REFERENCES)) {
        String attribute = e.hasAttr("href") ? "href" : e.hasAttr("src") ? "src" : "action";
        String link = e.attr(attribute);
        if (!seen.add(link)) {
          continue;
        }
        String problem = problem(page.getKey(), link, e.tagName());
        if (problem != null) {
          problems.add(new Problem(name, "<" + e.tagName() + " " + attribute + "=\"" + link
              + "\">: " + problem));
        }
      }
      for (Element img : page.getValue().select("img[srcset], source[srcset]")) {
        for (String candidate : img.attr("srcset").split(",")) {
          String url = candidate.strip().split("\\s+")[0];
          String problem = url.isEmpty() ? null : problem(page.getKey(), url, img.tagName());
          if (problem != null && seen.add(url)) {
            problems.add(new Problem(name, "<" + img.tagName() + " srcset> " + url + ": "
                + problem));
          }
        }
      }
    }
  }

  /** What is wrong with {@code link} on {@code page}, or null when it resolves. */
  private String problem(Path page, String link, String tag) {
    URI uri;
    try {
      uri = new URI(link.strip().replace(" ", "%20"));
    } catch (URISyntaxException e) {
      return "not a valid URL";
    }
    if (uri.getScheme() != null || link.startsWith("//")) {
      return null;
    }
    String rawPath = uri.getRawPath() == null ? "" : uri.getRawPath();
    if (rawPath.startsWith("/")) {
      return "root-absolute; it breaks from disk and under a sub-path (make it relative)";
    }
    if (rawPath.isEmpty() && uri.getRawQuery() != null && tag.equals("form")) {
      return null;
    }
    String path = URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    Path target = path.isEmpty() ? page : page.getParent().resolve(path).normalize();
    if (!target.startsWith(root)) {
      return "leaves the site";
    }
    if (Files.isDirectory(target)) {
      return "names a folder, not a file; from disk it does not open "
          + (path.endsWith("/") ? path : path + "/") + "index.html";
    }
    if (!Files.isRegularFile(target)) {
      return "no such file";
    }
    String fragment = uri.getFragment();
    if (fragment != null && !fragment.isEmpty() && pages.containsKey(target)
        && !hasAnchor(pages.get(target), fragment)) {
      return "no element with id '" + fragment + "' in " + SitePath.of(root, target);
    }
    return null;
  }

  private static boolean hasAnchor(Document doc, String fragment) {
    return fragment.equals("top") || doc.getElementById(fragment) != null
        || !doc.select("a[name]").stream().filter(a -> a.attr("name").equals(fragment))
            .toList().isEmpty();
  }
}
