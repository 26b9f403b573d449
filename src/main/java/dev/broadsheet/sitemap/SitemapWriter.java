package dev.broadsheet.sitemap;

import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.xml.XmlDocument;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.IntStream;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes sitemaps. A site whose pages fit one file (at most {@code maxUrls} URLs and
 * {@link #MAX_BYTES}) gets one {@code sitemap.xml}; a larger one gets {@code sitemap-1.xml},
 * {@code sitemap-2.xml}... and a {@code sitemap.xml} that indexes them, so the address search
 * engines are given never changes.
 */
public final class SitemapWriter {
  /** The protocol's limit on an uncompressed sitemap file. */
  public static final long MAX_BYTES = 50L * 1000 * 1000;
  static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
  static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
  private static final byte[] HEAD = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\""
      + NS + "\">\n").getBytes(StandardCharsets.UTF_8);
  private static final byte[] TAIL = "</urlset>\n".getBytes(StandardCharsets.UTF_8);

  private SitemapWriter() {}

  /**
   * A page for the sitemap.
   *
   * @param path    its path in the site
   * @param lastmod when its content last changed, if known
   */
  public record Page(String path, Optional<ZonedDateTime> lastmod) {}

  /**
   * An article for the News sitemap.
   *
   * @param path      its page
   * @param title     its headline
   * @param published when it was published
   */
  public record NewsArticle(String path, String title, ZonedDateTime published) {}

  private static final int CHUNK = 8192;
  /** Entries made by one XML writer; a chunk is a whole number of blocks. */
  private static final int BLOCK = 512;

  /**
   * Gives the sitemap files for {@code pages} to {@code out}, by file name, each as soon as it
   * is complete: a million pages make over a hundred megabytes of sitemaps, not to be held at
   * once.
   */
  public static void sitemaps(List<Page> pages, URI base, int maxUrls, long maxBytes,
      BiConsumer<String, byte[]> out) {
    // The first file is held until a second begins: alone, it is sitemap.xml itself.
    byte[] first = null;
    int parts = 0;
    List<Optional<ZonedDateTime>> newest = new ArrayList<>();
    ByteArrayOutputStream current = null;
    int count = 0;
    Optional<ZonedDateTime> latest = Optional.empty();
    List<Page> chunk = List.of();
    List<Block> blocks = List.of();
    Locations locations = new Locations(base);
    for (int i = 0; i <= pages.size(); i++) {
      boolean end = i == pages.size();
      // Entries are made a chunk at a time, in blocks in parallel (a large archive has over a
      // million), then laid out in order. Each page is asked for once: it may be made when
      // asked.
      if (!end && i % CHUNK == 0) {
        List<Page> pagesOfChunk = new ArrayList<>(pages.subList(i,
            Math.min(pages.size(), i + CHUNK)));
        chunk = pagesOfChunk;
        blocks = IntStream.range(0, (chunk.size() + BLOCK - 1) / BLOCK).parallel()
            .mapToObj(b -> Block.of(pagesOfChunk.subList(b * BLOCK,
                Math.min(pagesOfChunk.size(), (b + 1) * BLOCK)), locations))
            .toList();
      }
      Block block = end ? null : blocks.get(i % CHUNK / BLOCK);
      int url = i % BLOCK;
      int length = end ? 0 : block.length(url);
      if (current != null && (end || count == maxUrls
          || current.size() + length + TAIL.length > maxBytes)) {
        current.writeBytes(TAIL);
        parts++;
        newest.add(latest);
        if (parts == 1) {
          first = current.toByteArray();
        } else {
          if (parts == 2) {
            out.accept(part(1), first);
          }
          out.accept(part(parts), current.toByteArray());
        }
        current = null;
      }
      if (end) {
        break;
      }
      if (current == null) {
        current = new ByteArrayOutputStream();
        current.writeBytes(HEAD);
        count = 0;
        latest = Optional.empty();
      }
      current.write(block.bytes(), block.start(url), length);
      count++;
      latest = later(latest, chunk.get(i % CHUNK).lastmod());
    }
    if (parts == 0) {
      out.accept(SitePaths.SITEMAP, concat(HEAD, TAIL));
    } else if (parts == 1) {
      out.accept(SitePaths.SITEMAP, first);
    } else {
      out.accept(SitePaths.SITEMAP, index(base, parts, newest));
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] both = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }

  static String part(int n) {
    return "sitemap-" + n + ".xml";
  }

  private static byte[] index(URI base, int parts, List<Optional<ZonedDateTime>> newest) {
    return XmlDocument.of(w -> {
      w.writeStartElement("sitemapindex");
      w.writeDefaultNamespace(NS);
      w.writeCharacters("\n");
      for (int i = 0; i < parts; i++) {
        w.writeStartElement("sitemap");
        element(w, "loc", base.resolve(part(i + 1)).toString());
        if (newest.get(i).isPresent()) {
          element(w, "lastmod", w3c(newest.get(i).get()));
        }
        w.writeEndElement();
        w.writeCharacters("\n");
      }
      w.writeEndElement();
    });
  }

  /**
   * The {@code <url>} entries of a few hundred pages, one a line. An entry whose location holds
   * nothing XML escapes is spelled out directly; the others are made by one XML writer (a
   * writer for each of a million entries cost more than the rest of the sitemap). Spelling
   * them out halved the time the sitemaps took; a test holds the two to the same bytes.
   *
   * @param ends where each entry ends in {@code bytes}
   */
  private record Block(byte[] bytes, int[] ends) {
    private static final byte[] URL_LOC = "<url><loc>".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LOC_LASTMOD = "</loc><lastmod>"
        .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LASTMOD_URL = "</lastmod></url>\n"
        .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LOC_URL = "</loc></url>\n".getBytes(StandardCharsets.US_ASCII);

    static Block of(List<Page> pages, Locations locations) {
      ByteArrayOutputStream out = new ByteArrayOutputStream(pages.size() * 128);
      int[] ends = new int[pages.size()];
      XMLStreamWriter w = null;
      try {
        for (int i = 0; i < ends.length; i++) {
          Page p = pages.get(i);
          String loc = locations.printableAsIs(p.path());
          Optional<String> lastmod = p.lastmod().map(SitemapWriter::w3c);
          if (loc != null) {
            out.writeBytes(URL_LOC);
            out.writeBytes(loc.getBytes(StandardCharsets.US_ASCII));
            if (lastmod.isPresent()) {
              out.writeBytes(LOC_LASTMOD);
              out.writeBytes(lastmod.get().getBytes(StandardCharsets.US_ASCII));
              out.writeBytes(LASTMOD_URL);
            } else {
              out.writeBytes(LOC_URL);
            }
          } else {
            if (w == null) {
              w = XmlDocument.writer(out);
            }
            w.writeStartElement("url");
            element(w, "loc", locations.of(p.path()));
            if (lastmod.isPresent()) {
              element(w, "lastmod", lastmod.get());
            }
            w.writeEndElement();
            w.writeCharacters("\n");
            w.flush();
          }
          ends[i] = out.size();
        }
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
      return new Block(out.toByteArray(), ends);
    }

    /** Printable ASCII with nothing an XML writer escapes in text. */
    static boolean isPrintableAsIs(String s) {
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c < ' ' || c > '~' || c == '&' || c == '<' || c == '>') {
          return false;
        }
      }
      return true;
    }

    int start(int url) {
      return url == 0 ? 0 : ends[url - 1];
    }

    int length(int url) {
      return ends[url] - start(url);
    }
  }

  /**
   * Pages' absolute URLs. Resolving a plain relative path against a base URL that ends in a
   * slash appends it; that is done by hand, as parsing a URI for each of a million pages is
   * slow, and any other path or base is resolved.
   */
  private static final class Locations {
    private final URI base;
    private final String prefix;
    private final boolean prefixPrintsAsIs;

    Locations(URI base) {
      this.base = base;
      String s = base.toString();
      // Resolving also normalises the base's path (dot segments, doubled slashes): a base
      // that it would change is resolved every time.
      boolean plain = s.endsWith("/") && base.getRawQuery() == null
          && base.getRawFragment() == null && base.isAbsolute() && !base.isOpaque()
          && base.resolve("a/b.html").toString().equals(s + "a/b.html");
      this.prefix = plain ? s : null;
      this.prefixPrintsAsIs = plain && Block.isPrintableAsIs(s);
    }

    String of(String path) {
      return isPlainHere(path) ? prefix + path : base.resolve(path).toString();
    }

    /** Whether {@link #of} appends {@code path} to the base as it is. */
    private boolean isPlainHere(String path) {
      return prefix != null && isPlain(path);
    }

    /**
     * The location of {@code path} as {@link #of} gives it if it is printable ASCII with
     * nothing an XML writer escapes (known from the base alone for a plain path), else null.
     */
    String printableAsIs(String path) {
      if (isPlainHere(path)) {
        return prefixPrintsAsIs ? prefix + path : null;
      }
      String location = of(path);
      return Block.isPrintableAsIs(location) ? location : null;
    }

    /**
     * Letters, digits and {@code - _ . /}, with no empty or dot segment: nothing resolving
     * would change.
     */
    private static boolean isPlain(String path) {
      if (path.isEmpty() || path.startsWith("/") || path.startsWith(".")
          || path.contains("/.") || path.contains("//")) {
        return false;
      }
      for (int i = 0; i < path.length(); i++) {
        char c = path.charAt(i);
        if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-'
            || c == '_' || c == '.' || c == '/')) {
          return false;
        }
      }
      return true;
    }
  }

  /** A Google News sitemap of {@code articles}. */
  public static byte[] news(List<NewsArticle> articles, URI base, String publication,
      String language) {
    return XmlDocument.of(w -> {
      w.writeStartElement("urlset");
      w.writeDefaultNamespace(NS);
      w.writeNamespace("news", NEWS_NS);
      w.writeCharacters("\n");
      for (NewsArticle a : articles) {
        w.writeStartElement("url");
        element(w, "loc", base.resolve(a.path()).toString());
        w.writeStartElement("news", "news", NEWS_NS);
        w.writeStartElement("news", "publication", NEWS_NS);
        w.writeStartElement("news", "name", NEWS_NS);
        w.writeCharacters(publication);
        w.writeEndElement();
        w.writeStartElement("news", "language", NEWS_NS);
        w.writeCharacters(newsLanguage(language));
        w.writeEndElement();
        w.writeEndElement();
        w.writeStartElement("news", "publication_date", NEWS_NS);
        w.writeCharacters(w3c(a.published()));
        w.writeEndElement();
        w.writeStartElement("news", "title", NEWS_NS);
        w.writeCharacters(a.title());
        w.writeEndElement();
        w.writeEndElement();
        w.writeEndElement();
        w.writeCharacters("\n");
      }
      w.writeEndElement();
    });
  }

  /** robots.txt that allows everything and names the sitemaps. */
  public static byte[] robots(URI base, boolean news) {
    StringBuilder sb = new StringBuilder("User-agent: *\nAllow: /\n\nSitemap: ")
        .append(base.resolve(SitePaths.SITEMAP)).append('\n');
    if (news) {
      sb.append("Sitemap: ").append(base.resolve("news-sitemap.xml")).append('\n');
    }
    return sb.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Google News wants ISO 639 codes, with zh-cn and zh-tw as the only regional ones. */
  static String newsLanguage(String tag) {
    String lower = tag.toLowerCase(Locale.ROOT);
    if (lower.startsWith("zh")) {
      return lower.contains("tw") || lower.contains("hant") || lower.contains("hk") ? "zh-tw"
          : "zh-cn";
    }
    int dash = lower.indexOf('-');
    return dash > 0 ? lower.substring(0, dash) : lower;
  }

  static String w3c(ZonedDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withNano(0));
  }

  static Optional<ZonedDateTime> later(Optional<ZonedDateTime> a, Optional<ZonedDateTime> b) {
    if (a.isEmpty() || (b.isPresent() && b.get().toInstant().isAfter(a.get().toInstant()))) {
      return b;
    }
    return a;
  }

  private static void element(XMLStreamWriter w, String name, String text)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }
}
