package dev.broadsheet.check;

import dev.broadsheet.check.PageCheck.Page;
import dev.broadsheet.check.PageCheck.Reference;
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

/**
 * Every internal link and reference of every page, resolved as a browser opening the site from
 * disk ({@code file://}) would, which is also how it resolves under any sub-path: the link must be
 * relative, stay inside the site, name a file (from disk, a folder shows a listing or nothing,
 * not its {@code index.html}) and, with a {@code #fragment}, name an id of the target page.
 * Links with a scheme ({@code https:}, {@code mailto:}) or to another host are not followed.
 */
final class LinkCheck {
  private final Path root;
  private final Map<Path, Page> pages;

  LinkCheck(Path root, Map<Path, Page> pages) {
    this.root = root;
    this.pages = pages;
  }

  void check(List<Problem> problems) {
    for (Map.Entry<Path, Page> page : pages.entrySet()) {
      String name = SitePath.of(root, page.getKey());
      Set<String> seen = new HashSet<>();
      for (Reference r : page.getValue().references()) {
        if (!seen.add(r.attribute() + " " + r.url())) {
          continue;
        }
        String problem = problem(page.getKey(), r);
        if (problem != null) {
          problems.add(new Problem(name, "<" + r.tag() + " " + r.attribute() + "=\"" + r.url()
              + "\">: " + problem));
        }
      }
    }
  }

  /** What is wrong with the reference on {@code page}, or null when it resolves. */
  private String problem(Path page, Reference r) {
    String link = r.url();
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
    Page targetPage = pages.get(target);
    if (fragment != null && !fragment.isEmpty() && !fragment.equals("top") && targetPage != null
        && !targetPage.ids().contains(fragment)) {
      return "no element with id '" + fragment + "' in " + SitePath.of(root, target);
    }
    return null;
  }
}
