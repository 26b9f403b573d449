package dev.broadsheet.check;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
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

  /** Adds the page's problems to {@code problems} and returns the parsed page. */
  static Document check(String name, Path file, List<Problem> problems) {
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
    return doc;
  }

  private static byte[] readQuietly(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
