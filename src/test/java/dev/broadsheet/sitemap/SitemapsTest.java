package dev.broadsheet.sitemap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.testing.Sites;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

class SitemapsTest {
  private static final String BASE = "https://news.example.org/";

  @TempDir
  Path dir;

  private static Document parse(byte[] xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<String> texts(Document doc, String name) {
    NodeList list = doc.getElementsByTagNameNS(SitemapWriter.NS, name);
    List<String> result = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      result.add(list.item(i).getTextContent());
    }
    return result;
  }

  private void buildArchive(int articles, SiteConfig config) {
    for (int i = 1; i <= articles; i++) {
      Sites.write(dir, "articles/s" + i + ".md", "---\ntitle: Story " + i + "\ndate: 2017-05-"
          + String.format("%02d", i) + "\ntags: [Tag " + (i % 3) + "]\n---\nText.\n");
    }
    Sites.build(dir.resolve("articles"), dir.resolve("site"), config);
  }

  private Set<String> allPages() throws Exception {
    Set<String> pages = new TreeSet<>();
    Path site = dir.resolve("site");
    try (Stream<Path> walk = Files.walk(site)) {
      // The 404 and search pages are not content for search engines.
      walk.filter(p -> p.toString().endsWith(".html") && !p.endsWith("404.html")
              && !p.endsWith("search.html"))
          .forEach(p -> pages.add(BASE + site.relativize(p).toString().replace('\\', '/')));
    }
    return pages;
  }

  @Test
  void aSmallSiteHasOneSitemapOfEveryPage() throws Exception {
    buildArchive(4, SiteConfig.defaults().withBaseUrl(URI.create(BASE)));
    Document doc = parse(Files.readAllBytes(dir.resolve("site/sitemap.xml")));
    assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("urlset");
    List<String> locs = texts(doc, "loc");
    assertThat(locs).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(locs)).isEqualTo(allPages());
    assertThat(texts(doc, "lastmod")).isNotEmpty().allSatisfy(d ->
        assertThat(ZonedDateTime.parse(d)).isNotNull());
    assertThat(dir.resolve("site/sitemap-1.xml")).doesNotExist();
    assertThat(dir.resolve("site/robots.txt"))
        .hasContent("User-agent: *\nAllow: /\n\nSitemap: " + BASE + "sitemap.xml");
  }

  @Test
  void aPageWasLastChangedWhenTheLatestOfItsArticlesWasPublishedOrUpdated() throws Exception {
    Sites.write(dir, "articles/early.md", "---\ntitle: Early\ndate: 2017-05-01\n"
        + "updated: 2017-06-01T10:00:00+02:00\ntags: [Both]\n---\nText.\n");
    Sites.write(dir, "articles/late.md", "---\ntitle: Late\ndate: 2017-05-20\n"
        + "tags: [Both, Late only]\n---\nText.\n");
    Sites.write(dir, "articles/corrected.md", "---\ntitle: Corrected\n"
        + "date: 2017-05-10T09:00:00Z\nupdated: 2017-05-09T09:00:00Z\n---\nText.\n");
    Sites.build(dir.resolve("articles"), dir.resolve("site"),
        SiteConfig.defaults().withBaseUrl(URI.create(BASE)));
    Document doc = parse(Files.readAllBytes(dir.resolve("site/sitemap.xml")));
    Map<String, String> lastmod = new HashMap<>();
    NodeList urls = doc.getElementsByTagNameNS(SitemapWriter.NS, "url");
    for (int i = 0; i < urls.getLength(); i++) {
      org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
      NodeList when = url.getElementsByTagNameNS(SitemapWriter.NS, "lastmod");
      lastmod.put(url.getElementsByTagNameNS(SitemapWriter.NS, "loc").item(0).getTextContent()
          .substring(BASE.length()), when.getLength() == 0 ? "" : when.item(0).getTextContent());
    }
    assertThat(lastmod).containsEntry("articles/early.html", "2017-06-01T08:00:00Z")
        .containsEntry("articles/corrected.html", "2017-05-10T09:00:00Z")
        .containsEntry("index.html", "2017-06-01T08:00:00Z")
        .containsEntry("tags/both/index.html", "2017-06-01T08:00:00Z");
    assertThat(lastmod.get("articles/late.html")).startsWith("2017-05-20");
    assertThat(lastmod.get("tags/late-only/index.html")).isEqualTo(lastmod.get("articles/late.html"));
  }

  @Test
  void pastTheConfiguredLimitTheSitemapBecomesAnIndexOverNumberedFiles() throws Exception {
    buildArchive(9, SiteConfig.defaults().withBaseUrl(URI.create(BASE)).withSitemapMaxUrls(5));
    Path site = dir.resolve("site");
    Document index = parse(Files.readAllBytes(site.resolve("sitemap.xml")));
    assertThat(index.getDocumentElement().getLocalName()).isEqualTo("sitemapindex");
    List<String> parts = texts(index, "loc");
    Set<String> pages = allPages();
    assertThat(parts).hasSize((pages.size() + 4) / 5);
    List<String> locs = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      assertThat(parts.get(i)).isEqualTo(BASE + "sitemap-" + (i + 1) + ".xml");
      Document part = parse(Files.readAllBytes(site.resolve("sitemap-" + (i + 1) + ".xml")));
      assertThat(part.getDocumentElement().getLocalName()).isEqualTo("urlset");
      List<String> urls = texts(part, "loc");
      assertThat(urls.size()).isBetween(1, 5);
      locs.addAll(urls);
    }
    assertThat(locs).doesNotHaveDuplicates();
    assertThat(new TreeSet<>(locs)).isEqualTo(pages);
    assertThat(site.resolve("sitemap-" + (parts.size() + 1) + ".xml")).doesNotExist();
  }

  @Test
  void theSitemapIsAlsoSplitBeforeItsSizeLimit() throws Exception {
    List<SitemapWriter.Page> pages = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      pages.add(new SitemapWriter.Page("articles/page-" + i + ".html", Optional.empty()));
    }
    Map<String, byte[]> files = new HashMap<>();
    SitemapWriter.sitemaps(pages, URI.create(BASE), 50_000, 2_000, files::put);
    assertThat(files).hasSizeGreaterThan(3).containsKey("sitemap.xml");
    int urls = 0;
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      if (!f.getKey().equals("sitemap.xml")) {
        assertThat(f.getValue().length).isLessThanOrEqualTo(2_000);
        urls += texts(parse(f.getValue()), "loc").size();
      }
    }
    assertThat(urls).isEqualTo(100);
  }

  @Test
  void everyLocationIsThePagePathResolvedAgainstTheBaseWhateverTheBase() throws Exception {
    List<String> paths = List.of("articles/a.html", "tags/x/page/2/index.html", "index.html",
        "a/./b.html", "a//b.html", "../up.html", "a/../b.html", "%7Euser/x.html", ".well/x");
    List<SitemapWriter.Page> pages = paths.stream()
        .map(p -> new SitemapWriter.Page(p, Optional.<ZonedDateTime>empty())).toList();
    for (String base : List.of(BASE, "https://example.org/news/", "https://example.org/a/../b/",
        "https://example.org/a//b/", "https://example.org/x/?q=1", "http://example.org:8080/")) {
      Map<String, byte[]> files = new HashMap<>();
      SitemapWriter.sitemaps(pages, URI.create(base), 50_000, SitemapWriter.MAX_BYTES,
          files::put);
      List<String> expected = paths.stream().map(p -> URI.create(base).resolve(p).toString())
          .toList();
      assertThat(texts(parse(files.get("sitemap.xml")), "loc")).as(base)
          .containsExactlyElementsOf(expected);
    }
  }

  /** Entries are spelled out directly where that gives what an XML writer would write. */
  @Test
  void everyEntryIsWhatAnXmlWriterWrites() throws Exception {
    List<String> pieces = List.of("a", "b/", "-", "_", ".", "&", "'", "\u00e9", "%7E", "x1",
        "\u4e2d");
    Random random = new Random(11);
    for (String base : List.of(BASE, "https://example.org/a&b/", "https://example.org/\u00e9/",
        "http://example.org:8080/x/")) {
      List<SitemapWriter.Page> pages = new ArrayList<>();
      for (int i = 0; i < 2_000; i++) {
        StringBuilder path = new StringBuilder();
        for (int k = 1 + random.nextInt(5); k > 0; k--) {
          path.append(pieces.get(random.nextInt(pieces.size())));
        }
        Optional<ZonedDateTime> lastmod = random.nextInt(4) == 0 ? Optional.empty()
            : Optional.of(ZonedDateTime.of(1990 + random.nextInt(40), 1 + random.nextInt(12),
                1 + random.nextInt(28), random.nextInt(24), random.nextInt(60),
                random.nextInt(60), random.nextInt(1_000_000_000),
                java.time.ZoneOffset.ofTotalSeconds(1800 * (random.nextInt(49) - 24))));
        pages.add(new SitemapWriter.Page(path + ".html", lastmod));
      }
      Map<String, byte[]> files = new HashMap<>();
      SitemapWriter.sitemaps(pages, URI.create(base), 50_000, SitemapWriter.MAX_BYTES,
          files::put);
      java.io.ByteArrayOutputStream expected = new java.io.ByteArrayOutputStream();
      expected.writeBytes(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\""
          + SitemapWriter.NS + "\">\n").getBytes(StandardCharsets.UTF_8));
      javax.xml.stream.XMLStreamWriter w = javax.xml.stream.XMLOutputFactory.newFactory()
          .createXMLStreamWriter(expected, "UTF-8");
      for (SitemapWriter.Page p : pages) {
        w.writeStartElement("url");
        w.writeStartElement("loc");
        w.writeCharacters(URI.create(base).resolve(p.path()).toString());
        w.writeEndElement();
        if (p.lastmod().isPresent()) {
          w.writeStartElement("lastmod");
          w.writeCharacters(SitemapWriter.w3c(p.lastmod().get()));
          w.writeEndElement();
        }
        w.writeEndElement();
        w.writeCharacters("\n");
      }
      w.flush();
      expected.writeBytes("</urlset>\n".getBytes(StandardCharsets.UTF_8));
      assertThat(new String(files.get("sitemap.xml"), StandardCharsets.UTF_8)).as(base)
          .isEqualTo(expected.toString(StandardCharsets.UTF_8));
    }
  }
}
