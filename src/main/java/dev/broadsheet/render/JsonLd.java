package dev.broadsheet.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import dev.broadsheet.content.Article;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * schema.org {@code NewsArticle} data for search engines, as JSON safe to print raw inside a
 * {@code <script type="application/ld+json">} element: {@code <}, {@code >} and {@code &} are
 * written as {@code \u003c}-style escapes, so no metadata can close the element or open a comment.
 */
final class JsonLd {
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final CharacterEscapes ESCAPES = new ScriptSafeEscapes();

  private JsonLd() {}

  static String newsArticle(Article a, String headline, String summary, String siteTitle,
      String canonical, String language) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setCharacterEscapes(ESCAPES);
      g.writeStartObject();
      g.writeStringField("@context", "https://schema.org");
      g.writeStringField("@type", "NewsArticle");
      g.writeStringField("headline", headline);
      if (!summary.isEmpty()) {
        g.writeStringField("description", summary);
      }
      if (!canonical.isEmpty()) {
        g.writeStringField("url", canonical);
        g.writeStringField("mainEntityOfPage", canonical);
      }
      if (a.date().isPresent()) {
        g.writeStringField("datePublished", Views.iso(a.date().get()));
      }
      if (a.updated().isPresent()) {
        g.writeStringField("dateModified", Views.iso(a.updated().get()));
      }
      if (!a.authors().isEmpty()) {
        g.writeArrayFieldStart("author");
        for (String author : a.authors()) {
          g.writeStartObject();
          g.writeStringField("@type", "Person");
          g.writeStringField("name", author);
          g.writeEndObject();
        }
        g.writeEndArray();
      }
      if (!a.section().isEmpty()) {
        g.writeStringField("articleSection", a.section());
      }
      if (!a.tags().isEmpty()) {
        g.writeStringField("keywords", String.join(", ", a.tags()));
      }
      g.writeNumberField("wordCount", a.wordCount());
      g.writeStringField("inLanguage", language);
      g.writeObjectFieldStart("publisher");
      g.writeStringField("@type", "Organization");
      g.writeStringField("name", a.publication().isEmpty() ? siteTitle : a.publication());
      g.writeEndObject();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Escapes what could end a script element or be read as markup, and JS line separators. */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] escapes;

    ScriptSafeEscapes() {
      escapes = standardAsciiEscapesForJSON();
      escapes['<'] = ESCAPE_STANDARD;
      escapes['>'] = ESCAPE_STANDARD;
      escapes['&'] = ESCAPE_STANDARD;
      escapes['\''] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return escapes;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      if (ch == 0x2028 || ch == 0x2029) {
        return new com.fasterxml.jackson.core.io.SerializedString(
            String.format("\\u%04x", ch));
      }
      return null;
    }
  }
}
