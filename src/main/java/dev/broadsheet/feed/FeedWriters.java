package dev.broadsheet.feed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.broadsheet.xml.XmlDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes a {@link Feed} as Atom 1.0, RSS 2.0 or JSON Feed 1.1. */
public final class FeedWriters {
  private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
  private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
  private static final JsonFactory JSON = new JsonFactory();
  private static final DateTimeFormatter RFC_822 =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.ROOT);

  private FeedWriters() {}

  /** Atom 1.0 (RFC 4287). */
  public static byte[] atom(Feed feed) {
    return XmlDocument.of(w -> {
      w.writeStartElement("feed");
      w.writeDefaultNamespace(ATOM_NS);
      w.writeAttribute("xml:lang", feed.language());
      nl(w);
      element(w, "id", feed.atomUrl());
      element(w, "title", feed.title());
      if (!feed.description().isEmpty()) {
        element(w, "subtitle", feed.description());
      }
      element(w, "updated", rfc3339(feed.updated()));
      link(w, "self", "application/atom+xml", feed.atomUrl());
      link(w, "alternate", "text/html", feed.homeUrl());
      element(w, "generator", "Broadsheet");
      for (Feed.Item item : feed.items()) {
        w.writeStartElement("entry");
        nl(w);
        element(w, "id", item.url());
        element(w, "title", item.title());
        link(w, "alternate", "text/html", item.url());
        element(w, "published", rfc3339(item.published()));
        element(w, "updated", rfc3339(item.lastChange()));
        for (String author : item.authors()) {
          w.writeStartElement("author");
          element(w, "name", author);
          w.writeEndElement();
          nl(w);
        }
        for (String category : item.categories()) {
          w.writeEmptyElement("category");
          w.writeAttribute("term", category);
          nl(w);
        }
        if (!item.summary().isEmpty()) {
          element(w, "summary", item.summary());
        }
        w.writeStartElement("content");
        w.writeAttribute("type", "html");
        w.writeCharacters(item.contentHtml());
        w.writeEndElement();
        nl(w);
        w.writeEndElement();
        nl(w);
      }
      w.writeEndElement();
    });
  }

  /** RSS 2.0, with the full text in {@code content:encoded}. */
  public static byte[] rss(Feed feed) {
    return XmlDocument.of(w -> {
      w.writeStartElement("rss");
      w.writeAttribute("version", "2.0");
      w.writeNamespace("atom", ATOM_NS);
      w.writeNamespace("content", CONTENT_NS);
      w.writeNamespace("dc", DC_NS);
      w.writeStartElement("channel");
      nl(w);
      element(w, "title", feed.title());
      element(w, "link", feed.homeUrl());
      element(w, "description", feed.description().isEmpty() ? feed.title()
          : feed.description());
      element(w, "language", feed.language());
      element(w, "lastBuildDate", RFC_822.format(feed.updated()));
      element(w, "generator", "Broadsheet");
      w.writeEmptyElement("atom", "link", ATOM_NS);
      w.writeAttribute("rel", "self");
      w.writeAttribute("type", "application/rss+xml");
      w.writeAttribute("href", feed.rssUrl());
      nl(w);
      for (Feed.Item item : feed.items()) {
        w.writeStartElement("item");
        nl(w);
        element(w, "title", item.title());
        element(w, "link", item.url());
        w.writeStartElement("guid");
        w.writeAttribute("isPermaLink", "true");
        w.writeCharacters(item.url());
        w.writeEndElement();
        nl(w);
        element(w, "pubDate", RFC_822.format(item.published()));
        for (String author : item.authors()) {
          w.writeStartElement("dc", "creator", DC_NS);
          w.writeCharacters(author);
          w.writeEndElement();
          nl(w);
        }
        for (String category : item.categories()) {
          element(w, "category", category);
        }
        if (!item.summary().isEmpty()) {
          element(w, "description", item.summary());
        }
        w.writeStartElement("content", "encoded", CONTENT_NS);
        w.writeCData(cdataSafe(item.contentHtml()));
        w.writeEndElement();
        nl(w);
        w.writeEndElement();
        nl(w);
      }
      w.writeEndElement();
      w.writeEndElement();
    });
  }

  /** JSON Feed 1.1. */
  public static byte[] json(Feed feed) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.useDefaultPrettyPrinter();
      g.writeStartObject();
      g.writeStringField("version", "https://jsonfeed.org/version/1.1");
      g.writeStringField("title", feed.title());
      g.writeStringField("home_page_url", feed.homeUrl());
      g.writeStringField("feed_url", feed.jsonUrl());
      if (!feed.description().isEmpty()) {
        g.writeStringField("description", feed.description());
      }
      g.writeStringField("language", feed.language());
      g.writeArrayFieldStart("items");
      for (Feed.Item item : feed.items()) {
        g.writeStartObject();
        g.writeStringField("id", item.url());
        g.writeStringField("url", item.url());
        g.writeStringField("title", item.title());
        g.writeStringField("content_html", item.contentHtml());
        if (!item.summary().isEmpty()) {
          g.writeStringField("summary", item.summary());
        }
        g.writeStringField("date_published", rfc3339(item.published()));
        if (item.updated().isPresent()) {
          g.writeStringField("date_modified", rfc3339(item.updated().get()));
        }
        if (!item.authors().isEmpty()) {
          g.writeArrayFieldStart("authors");
          for (String author : item.authors()) {
            g.writeStartObject();
            g.writeStringField("name", author);
            g.writeEndObject();
          }
          g.writeEndArray();
        }
        if (!item.categories().isEmpty()) {
          g.writeArrayFieldStart("tags");
          for (String category : item.categories()) {
            g.writeString(category);
          }
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  static String rfc3339(ZonedDateTime t) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.withNano(0));
  }

  /** "]]>" cannot stand inside a CDATA section; split it across two. */
  private static String cdataSafe(String html) {
    return html.replace("]]>", "]]]]><![CDATA[>");
  }

  static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
    nl(w);
  }

  private static void link(XMLStreamWriter w, String rel, String type, String href)
      throws XMLStreamException {
    w.writeEmptyElement("link");
    w.writeAttribute("rel", rel);
    w.writeAttribute("type", type);
    w.writeAttribute("href", href);
    nl(w);
  }

  static void nl(XMLStreamWriter w) throws XMLStreamException {
    w.writeCharacters("\n");
  }
}
