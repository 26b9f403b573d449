package dev.broadsheet.feed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.broadsheet.config.SiteConfig;
import dev.broadsheet.testing.Sites;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Feeds of a built site, parsed back with real parsers and checked for what readers need. */
class FeedsTest {
  private static final String ATOM = "http://www.w3.org/2005/Atom";
  private static final String BASE = "https://news.example.org/archive/";

  @TempDir
  static Path dir;

  static Path site;

  @BeforeAll
  static void buildSite() {
    for (int i = 1; i <= 60; i++) {
      Sites.write(dir, "articles/" + (i % 2 == 0 ? "world" : "business") + "/s" + i + ".md",
          "---\ntitle: Story " + i + " <&> \"quoted\"\nauthor: Reporter " + (i % 3)
              + "\ndate: 2017-01-01T00:00:00Z\nupdated: 2017-03-"
              + String.format("%02d", 1 + i % 28) + "T10:00:00Z\ntags: [T" + (i % 4) + "]\n"
              + "---\nBody of story " + i + " with <b>markup</b> and ]]> in it.\n");
    }
    for (int i = 1; i <= 60; i++) {
      // Dates in order so index order is predictable: story 60 is the newest.
      Path file = dir.resolve("articles/" + (i % 2 == 0 ? "world" : "business") + "/s" + i
          + ".md");
      String text = Sites.read(file).replace("date: 2017-01-01T00:00:00Z",
          "date: 2017-01-01T00:" + String.format("%02d", i - 1) + ":00Z");
      Sites.write(dir, "articles/" + dir.resolve("articles").relativize(file), text);
    }
    Sites.write(dir, "articles/undated.txt", "Undated story\n\nNo date here.\n");
    site = dir.resolve("site");
    Sites.build(dir.resolve("articles"), site,
        SiteConfig.defaults().withBaseUrl(URI.create(BASE)));
  }

  private static Document xml(String path) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(site.resolve(path))) {
      return f.newDocumentBuilder().parse(in);
    }
  }

  private static String text(Element parent, String ns, String name) {
    NodeList list = parent.getElementsByTagNameNS(ns, name);
    return list.getLength() == 0 ? null : list.item(0).getTextContent();
  }

  private static List<Element> children(Element parent, String ns, String name) {
    List<Element> result = new ArrayList<>();
    NodeList list = parent.getElementsByTagNameNS(ns, name);
    for (int i = 0; i < list.getLength(); i++) {
      result.add((Element) list.item(i));
    }
    return result;
  }

  @Test
  void atomHasTheRequiredElementsAndTheLatestFiftyEntries() throws Exception {
    Element feed = xml("feed.xml").getDocumentElement();
    assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
    assertThat(feed.getLocalName()).isEqualTo("feed");
    assertThat(text(feed, ATOM, "id")).isEqualTo(BASE + "feed.xml");
    assertThat(text(feed, ATOM, "title")).isEqualTo("Broadsheet");
    assertThat(OffsetDateTime.parse(text(feed, ATOM, "updated")))
        .isEqualTo(OffsetDateTime.parse("2017-03-28T10:00:00Z"));
    List<Element> links = children(feed, ATOM, "link").stream()
        .filter(l -> l.getParentNode() == feed).toList();
    assertThat(links).anySatisfy(l -> {
      assertThat(l.getAttribute("rel")).isEqualTo("self");
      assertThat(l.getAttribute("href")).isEqualTo(BASE + "feed.xml");
    });
    List<Element> entries = children(feed, ATOM, "entry");
    assertThat(entries).hasSize(Feeds.SIZE);
    Element first = entries.get(0);
    assertThat(text(first, ATOM, "title")).isEqualTo("Story 60 <&> \"quoted\"");
    assertThat(text(first, ATOM, "id")).isEqualTo(BASE + "articles/story-60-and-quoted.html");
    assertThat(text(first, ATOM, "updated")).isNotBlank();
    assertThat(text(first, ATOM, "published")).isEqualTo("2017-01-01T00:59:00Z");
    assertThat(text(first, ATOM, "name")).isEqualTo("Reporter 0");
    assertThat(text(first, ATOM, "content")).contains("<p>Body of story 60 with &lt;b&gt;markup");
    assertThat(entries).noneSatisfy(e -> assertThat(text(e, ATOM, "title"))
        .isEqualTo("Undated story"));
  }

  @Test
  void rssHasTheChannelAndItemsWithFullContent() throws Exception {
    Element rss = xml("rss.xml").getDocumentElement();
    assertThat(rss.getAttribute("version")).isEqualTo("2.0");
    Element channel = (Element) rss.getElementsByTagName("channel").item(0);
    assertThat(channel.getElementsByTagName("title").item(0).getTextContent())
        .isEqualTo("Broadsheet");
    assertThat(channel.getElementsByTagName("link").item(0).getTextContent())
        .isEqualTo(BASE + "index.html");
    assertThat(text(channel, ATOM, "link")).isNotNull();
    assertThat(((Element) channel.getElementsByTagNameNS(ATOM, "link").item(0))
        .getAttribute("href")).isEqualTo(BASE + "rss.xml");
    NodeList items = channel.getElementsByTagName("item");
    assertThat(items.getLength()).isEqualTo(Feeds.SIZE);
    Element item = (Element) items.item(0);
    assertThat(item.getElementsByTagName("guid").item(0).getTextContent())
        .isEqualTo(BASE + "articles/story-60-and-quoted.html");
    String pubDate = item.getElementsByTagName("pubDate").item(0).getTextContent();
    assertThat(ZonedDateTime.parse(pubDate, DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(
        Locale.ROOT)).toInstant().toString()).isEqualTo("2017-01-01T00:59:00Z");
    assertThat(text(item, "http://purl.org/rss/1.0/modules/content/", "encoded"))
        .contains("and ]]&gt; in it.");
  }

  @Test
  void jsonFeedFollowsVersionOnePointOne() throws Exception {
    JsonNode feed = new ObjectMapper().readTree(site.resolve("feed.json").toFile());
    assertThat(feed.get("version").asText()).isEqualTo("https://jsonfeed.org/version/1.1");
    assertThat(feed.get("feed_url").asText()).isEqualTo(BASE + "feed.json");
    assertThat(feed.get("home_page_url").asText()).isEqualTo(BASE + "index.html");
    assertThat(feed.get("items")).hasSize(Feeds.SIZE);
    JsonNode item = feed.get("items").get(0);
    assertThat(item.get("id").asText()).isEqualTo(BASE + "articles/story-60-and-quoted.html");
    assertThat(item.get("content_html").asText()).startsWith("<p>Body of story 60");
    assertThat(item.get("date_published").asText()).isEqualTo("2017-01-01T00:59:00Z");
    assertThat(item.get("authors").get(0).get("name").asText()).isEqualTo("Reporter 0");
  }

  @Test
  void eachSectionHasItsOwnFeeds() throws Exception {
    Element feed = xml("sections/world/feed.xml").getDocumentElement();
    assertThat(text(feed, ATOM, "title")).isEqualTo("Broadsheet: World");
    List<Element> entries = children(feed, ATOM, "entry");
    assertThat(entries).hasSize(30).allSatisfy(e ->
        assertThat(children(e, ATOM, "category").stream().map(c -> c.getAttribute("term")))
            .contains("World"));
    assertThat(site.resolve("sections/business/rss.xml")).exists();
    assertThat(site.resolve("sections/business/feed.json")).exists();
  }

  @Test
  void pagesLinkTheirFeedsForAutodiscovery() {
    org.jsoup.nodes.Document article = Jsoup.parse(Sites.read(site.resolve(
        "articles/story-60-and-quoted.html")));
    assertThat(article.select("link[rel=alternate]").eachAttr("href")).containsExactly(
        "../feed.xml", "../rss.xml", "../feed.json", "../sections/world/feed.xml",
        "../sections/world/rss.xml", "../sections/world/feed.json");
    assertThat(article.select("link[rel=alternate]").eachAttr("type")).contains(
        "application/atom+xml", "application/rss+xml", "application/feed+json");
    assertThat(article.select("link[rel=canonical]").attr("href"))
        .isEqualTo(BASE + "articles/story-60-and-quoted.html");
  }
}
