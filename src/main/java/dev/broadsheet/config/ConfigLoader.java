package dev.broadsheet.config;

import dev.broadsheet.config.YamlMapping.Entry;
import dev.broadsheet.config.YamlMapping.YamlException;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads {@code broadsheet.yaml}. Unknown keys and wrong types are errors, with file and line. */
public final class ConfigLoader {
  /** The keys a config file may hold, in the order the README documents them. */
  public static final Set<String> KEYS = Set.of("title", "description", "base_url", "language",
      "timezone", "max_article_size", "page_size", "sitemap_max_urls", "raw_html");

  private static final Pattern SIZE = Pattern.compile("(?i)\\s*(\\d+)\\s*(b|kb|kib|mb|mib|gb|gib)?\\s*");

  private ConfigLoader() {}

  /** Reads {@code file} over the defaults. */
  public static SiteConfig load(Path file) {
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder().decode(
          java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(file, 0, "not valid UTF-8");
    } catch (IOException e) {
      throw new ConfigException(file, 0, "cannot be read: " + e.getMessage());
    }
    try {
      return apply(SiteConfig.defaults(), YamlMapping.parse(text.replace("\uFEFF", "")));
    } catch (YamlException e) {
      throw new ConfigException(file, e.line(), e.getMessage());
    }
  }

  private static SiteConfig apply(SiteConfig base, YamlMapping yaml) throws YamlException {
    String title = base.title();
    String description = base.description();
    Optional<URI> baseUrl = base.baseUrl();
    String language = base.language();
    ZoneId timezone = base.timezone();
    SiteConfig.Limits limits = base.limits();
    int pageSize = base.pageSize();
    int sitemapMaxUrls = base.sitemapMaxUrls();
    boolean rawHtml = base.rawHtml();
    for (Entry entry : yaml.entries()) {
      switch (entry.key()) {
        case "title" -> title = nonBlank(entry);
        case "description" -> description = entry.string().strip();
        case "base_url" -> baseUrl = Optional.of(baseUrl(entry.string(), entry));
        case "language" -> language = language(entry);
        case "timezone" -> timezone = zone(entry);
        case "max_article_size" -> limits = new SiteConfig.Limits(size(entry));
        case "page_size" -> pageSize = count(entry, 1, 10_000);
        case "sitemap_max_urls" -> sitemapMaxUrls = count(entry, 1, SiteConfig.MAX_SITEMAP_URLS);
        case "raw_html" -> rawHtml = entry.bool();
        default -> throw entry.error("is not a config key; known keys: "
            + String.join(", ", new TreeSet<>(KEYS)));
      }
    }
    return new SiteConfig(title, description, baseUrl, language, timezone, limits, pageSize,
        sitemapMaxUrls, rawHtml);
  }

  /**
   * Parses a base URL given on the command line or in the config: absolute http(s), and always
   * ending in a slash so that page paths can be appended.
   *
   * @throws IllegalArgumentException with a message for the user
   */
  public static URI parseBaseUrl(String text) {
    URI uri;
    try {
      uri = new URI(text.strip());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("'" + text + "' is not a URL: " + e.getReason());
    }
    String scheme = uri.getScheme();
    if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        || uri.getHost() == null) {
      throw new IllegalArgumentException("'" + text
          + "' must be an absolute http:// or https:// URL, e.g. https://example.org/archive/");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new IllegalArgumentException("'" + text + "' must not have a query or #fragment");
    }
    String s = uri.toString();
    return URI.create(s.endsWith("/") ? s : s + "/");
  }

  private static URI baseUrl(String text, Entry entry) throws YamlException {
    try {
      return parseBaseUrl(text);
    } catch (IllegalArgumentException e) {
      throw entry.error(e.getMessage());
    }
  }

  private static String nonBlank(Entry entry) throws YamlException {
    String value = entry.string().strip();
    if (value.isEmpty()) {
      throw entry.error("must not be empty");
    }
    return value;
  }

  private static String language(Entry entry) throws YamlException {
    String tag = nonBlank(entry);
    try {
      return new Locale.Builder().setLanguageTag(tag).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw entry.error("must be a language tag such as en, en-GB or fr, not '" + tag + "'");
    }
  }

  private static ZoneId zone(Entry entry) throws YamlException {
    String id = nonBlank(entry);
    try {
      return ZoneId.of(id);
    } catch (DateTimeException e) {
      throw entry.error("must be a time zone such as UTC, Europe/London or America/New_York, not '"
          + id + "'");
    }
  }

  private static int count(Entry entry, int min, int max) throws YamlException {
    long n = entry.integer();
    if (n < min || n > max) {
      throw entry.error("must be from " + min + " to " + max + ", not " + n);
    }
    return (int) n;
  }

  private static long size(Entry entry) throws YamlException {
    Matcher m = SIZE.matcher(entry.string());
    if (!m.matches()) {
      throw entry.error("must be a size such as 5 MB or 800 KB");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    long factor = switch (unit) {
      case "kb", "kib" -> 1024L;
      case "mb", "mib" -> 1024L * 1024;
      case "gb", "gib" -> 1024L * 1024 * 1024;
      default -> 1L;
    };
    if (n <= 0 || n > Long.MAX_VALUE / factor) {
      throw entry.error("must be a positive size");
    }
    return n * factor;
  }
}
