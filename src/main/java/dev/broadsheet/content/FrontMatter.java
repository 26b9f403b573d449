package dev.broadsheet.content;

import dev.broadsheet.config.YamlMapping;
import dev.broadsheet.config.YamlMapping.Entry;
import dev.broadsheet.config.YamlMapping.YamlException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The YAML block between {@code ---} lines at the top of an article, as typed fields. Every field
 * is optional; what is absent is derived from the text by {@link ArticleLoader}.
 *
 * @param bodyStartLine 1-based line of the file where the body starts (1 without front matter)
 */
record FrontMatter(
    Optional<String> title,
    Optional<String> dek,
    Optional<ArticleDate> date,
    Optional<ArticleDate> updated,
    List<String> authors,
    Optional<String> publication,
    Optional<String> section,
    List<String> tags,
    Optional<String> summary,
    Optional<String> slug,
    boolean draft,
    Map<String, Object> extra,
    int bodyStartLine) {

  static final FrontMatter NONE = new FrontMatter(Optional.empty(), Optional.empty(),
      Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty(), List.of(),
      Optional.empty(), Optional.empty(), false, Map.of(), 1);

  private static final Pattern FENCE = Pattern.compile("---[ \t]*");
  private static final Pattern CLOSE = Pattern.compile("(---|\\.\\.\\.)[ \t]*");

  /**
   * The front matter and the body of a decoded article.
   *
   * @param frontMatter typed fields
   * @param body        the text after the closing fence
   */
  record Split(FrontMatter frontMatter, String body) {}

  /**
   * Separates and parses front matter.
   *
   * @throws ContentException naming the file, line and key of anything wrong
   */
  static Split split(String file, String text, ZoneId zone) {
    int firstEnd = text.indexOf('\n');
    String firstLine = firstEnd < 0 ? text : text.substring(0, firstEnd);
    if (!FENCE.matcher(firstLine).matches()) {
      return new Split(NONE, text);
    }
    int pos = firstEnd < 0 ? text.length() : firstEnd + 1;
    int line = 2;
    while (pos < text.length()) {
      int end = text.indexOf('\n', pos);
      String current = end < 0 ? text.substring(pos) : text.substring(pos, end);
      if (CLOSE.matcher(current).matches()) {
        String yaml = text.substring(firstEnd + 1, pos);
        String body = end < 0 ? "" : text.substring(end + 1);
        return new Split(parse(file, yaml, zone, line + 1), body);
      }
      pos = end < 0 ? text.length() : end + 1;
      line++;
    }
    throw new ContentException(file, 1, "front matter opened with --- is never closed;"
        + " end it with a line of ---");
  }

  private static FrontMatter parse(String file, String yaml, ZoneId zone, int bodyStartLine) {
    YamlMapping mapping;
    try {
      mapping = YamlMapping.parse(yaml);
    } catch (YamlException e) {
      // The YAML starts on the file's second line.
      throw new ContentException(file, e.line() > 0 ? e.line() + 1 : 1,
          "front matter: " + e.getMessage());
    }
    Builder b = new Builder();
    for (Entry entry : mapping.entries()) {
      try {
        b.accept(entry, zone);
      } catch (YamlException e) {
        throw new ContentException(file, e.line() + 1, e.getMessage());
      }
    }
    return b.build(bodyStartLine);
  }

  /** Accumulates typed fields; each key is checked for its type as it is read. */
  private static final class Builder {
    Optional<String> title = Optional.empty();
    Optional<String> dek = Optional.empty();
    Optional<ArticleDate> date = Optional.empty();
    Optional<ArticleDate> updated = Optional.empty();
    List<String> authors = List.of();
    Optional<String> publication = Optional.empty();
    Optional<String> section = Optional.empty();
    List<String> tags = List.of();
    Optional<String> summary = Optional.empty();
    Optional<String> slug = Optional.empty();
    boolean draft;
    final Map<String, Object> extra = new LinkedHashMap<>();

    void accept(Entry e, ZoneId zone) throws YamlException {
      if (e.value() == null && !e.key().equals("draft")) {
        return;
      }
      switch (e.key()) {
        case "title" -> title = text(e);
        case "dek", "subtitle" -> dek = text(e);
        case "date" -> date = Optional.of(date(e, zone));
        case "updated" -> updated = Optional.of(date(e, zone));
        case "author", "authors" -> authors = texts(e);
        case "source" -> publication = text(e);
        case "section" -> section = text(e);
        case "tags" -> tags = texts(e);
        case "summary", "description" -> summary = text(e);
        case "slug" -> slug = text(e);
        case "draft" -> draft = e.value() != null && e.bool();
        default -> extra.put(e.key(), e.value());
      }
    }

    FrontMatter build(int bodyStartLine) {
      return new FrontMatter(title, dek, date, updated, authors, publication, section, tags,
          summary, slug, draft, extra, bodyStartLine);
    }
  }

  private static Optional<String> text(Entry e) throws YamlException {
    String s = Whitespace.collapse(e.string());
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }

  private static List<String> texts(Entry e) throws YamlException {
    LinkedHashSet<String> unique = new LinkedHashSet<>();
    for (String s : e.strings()) {
      String t = Whitespace.collapse(s);
      if (!t.isEmpty()) {
        unique.add(t);
      }
    }
    return List.copyOf(new ArrayList<>(unique));
  }

  /**
   * An ISO date or date-time. A value without an offset is in the site's time zone.
   */
  static ArticleDate date(Entry e, ZoneId zone) throws YamlException {
    if (!(e.value() instanceof String s)) {
      throw e.error("must be a date such as 2017-05-16 or 2017-05-16T09:30:00Z");
    }
    String v = s.strip();
    try {
      return parseDate(v, zone);
    } catch (DateTimeException ex) {
      throw e.error("is not a valid date: '" + v + "' (use 2017-05-16 or 2017-05-16T09:30:00Z)");
    }
  }

  static ArticleDate parseDate(String v, ZoneId zone) {
    if (v.length() <= 10) {
      return new ArticleDate(LocalDate.parse(v).atStartOfDay(zone), true);
    }
    String iso = v.replace(' ', 'T');
    try {
      return new ArticleDate(OffsetDateTime.parse(iso).atZoneSameInstant(zone), false);
    } catch (DateTimeParseException notOffset) {
      return new ArticleDate(LocalDateTime.parse(iso).atZone(zone), false);
    }
  }
}
