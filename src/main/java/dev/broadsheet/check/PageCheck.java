package dev.broadsheet.check;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseError;
import org.jsoup.parser.Parser;

/**
 * One page as an HTML5 document: UTF-8, a {@code <!DOCTYPE html>}, no parse errors (unclosed or
 * stray tags, bad attributes), {@code lang} on {@code <html>}, a non-empty {@code <title>}, and
 * no {@code id} used twice (an {@code #anchor} to it would be ambiguous).
 */
final class PageCheck {
  /** Enough to show that a page is broken without flooding the report. */
  private static final int MAX_PARSE_ERRORS = 5;

  private PageCheck() {}

  /**
   * What the link check needs of a page, so that a large site is not held in memory as parsed
   * documents.
   *
   * @param ids        every id and {@code <a name>} of the page, the targets of its anchors
   * @param references every link and reference of the page, in document order
   */
  record Page(Set<String> ids, List<Reference> references) {}

  /**
   * One link or reference: {@code <tag attribute="url">}.
   *
   * @param tag       the element's name
   * @param attribute href, src, srcset or action
   * @param url       the URL as written (one candidate of a srcset)
   */
  record Reference(String tag, String attribute, String url) {}

  private static final String REFERENCES = "a[href], area[href], link[href], script[src],"
      + " img[src], source[src], video[src], audio[src], track[src], iframe[src], embed[src],"
      + " form[action], img[srcset], source[srcset]";

  /** Adds the page's problems to {@code problems} and returns what links need of it. */
  static Page check(String name, Path file, List<Problem> problems) {
    String html;
    try {
      html = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      problems.add(new Problem(name, "is not valid UTF-8"));
      html = new String(readQuietly(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      problems.add(new Problem(name, "cannot be read: " + e.getMessage()));
      html = "";
    }
    Parser parser = Parser.htmlParser().setTrackErrors(MAX_PARSE_ERRORS);
    Document doc = parser.parseInput(html, "");
    for (ParseError error : parser.getErrors()) {
      problems.add(new Problem(name, "not well-formed HTML at character " + error.getPosition()
          + ": " + error.getErrorMessage()));
    }
    DocumentType doctype = doc.documentType();
    if (doctype == null || !doctype.name().equalsIgnoreCase("html")
        || !doctype.publicId().isEmpty()) {
      problems.add(new Problem(name, "does not start with <!DOCTYPE html>"));
    }
    Element root = doc.selectFirst("html");
    if (root == null || root.attr("lang").isBlank()) {
      problems.add(new Problem(name, "<html> has no lang attribute"));
    }
    Element title = doc.head().selectFirst("title");
    if (title == null || title.text().isBlank()) {
      problems.add(new Problem(name, "has no <title>, or an empty one"));
    }
    Set<String> ids = new HashSet<>();
    Set<String> reported = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      String id = e.id();
      if (id.isEmpty() || id.chars().anyMatch(Character::isWhitespace)) {
        problems.add(new Problem(name, "id '" + id + "' is empty or has spaces"));
      } else if (!ids.add(id) && reported.add(id)) {
        problems.add(new Problem(name, "id '" + id + "' is used more than once"));
      }
    }
    String charset = doc.select("meta[charset]").attr("charset");
    if (!charset.isEmpty() && !charset.toLowerCase(Locale.ROOT).equals("utf-8")) {
      problems.add(new Problem(name, "declares charset " + charset + ", not utf-8"));
    }
    doc.select("a[name]").forEach(a -> ids.add(a.attr("name")));
    return new Page(Set.copyOf(ids), references(doc));
  }

  private static List<Reference> references(Document doc) {
    List<Reference> result = new ArrayList<>();
    for (Element e : doc.select(REFERENCES)) {
      for (String attribute : List.of("href", "src", "action")) {
        if (e.hasAttr(attribute)) {
          result.add(new Reference(e.tagName(), attribute, e.attr(attribute)));
        }
      }
      for (String candidate : e.attr("srcset").split(",")) {
        String url = candidate.strip().split("\\s+")[0];
        if (!url.isEmpty()) {
          result.add(new Reference(e.tagName(), "srcset", url));
        }
      }
    }
    return List.copyOf(result);
  }

  private static byte[] readQuietly(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
