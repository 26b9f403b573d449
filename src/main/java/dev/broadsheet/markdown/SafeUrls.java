package dev.broadsheet.markdown;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which link and image URLs may reach a reader: relative URLs, {@code #fragments} and the schemes
 * http, https and mailto. Everything else ({@code javascript:}, {@code vbscript:}, {@code data:},
 * {@code file:}...) is refused. An allow-list, because a deny-list misses the next scheme.
 */
public final class SafeUrls {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");
  /**
   * Browsers drop tabs and newlines anywhere in a URL and control characters and spaces at its
   * ends, so "jav&amp;#x09;ascript:" runs script. Dropping every such character before looking
   * for the scheme sees at least every scheme a browser would see.
   */
  private static final Pattern IGNORED = Pattern.compile("[\\x00-\\x20\\x7F-\\x9F\\u00AD\\u200B"
      + "-\\u200F\\u2028\\u2029\\u2060\\uFEFF]");
  private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):");

  private SafeUrls() {}

  /** True when {@code url} (as the parser decoded it: entities and escapes resolved) is safe. */
  public static boolean allowed(String url) {
    if (url == null) {
      return true;
    }
    Matcher m = SCHEME.matcher(IGNORED.matcher(url).replaceAll(""));
    return !m.find() || SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  /** True for a link that leaves the site: an absolute http(s) or scheme-relative URL. */
  static boolean external(String url) {
    String u = url.strip().toLowerCase(Locale.ROOT);
    return u.startsWith("http:") || u.startsWith("https:") || u.startsWith("//");
  }
}
