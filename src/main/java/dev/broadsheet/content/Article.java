package dev.broadsheet.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * One article's metadata: everything needed to list, link and describe it, but not its body,
 * which is read again when its page is rendered so that a large archive never holds every body
 * in memory at once.
 *
 * <p>Immutable plain data with value equality, like a record, but not one: a build holds every
 * article's metadata to the end, and a record's fields (three strings, mostly UTF-16 for their
 * typographic quotes, and optional dates) took about 950 bytes an article, so a million
 * articles did not fit in a small heap. The headline, dek and summary are kept as one array of
 * UTF-8 and decoded when asked for; absent values are kept as null and handed out as
 * {@link Optional}.
 */
public final class Article {
  /** Words a minute assumed for reading time, a common figure for news prose. */
  public static final int WORDS_PER_MINUTE = 230;

  private final SourceFile source;
  private final String slug;
  /** The headline, dek and summary in UTF-8, one after another. */
  private final byte[] texts;
  private final int dekStart;
  private final int summaryStart;
  private final List<String> authors;
  private final String publication;
  private final String section;
  private final List<String> tags;
  private final ArticleDate date;
  private final ArticleDate updated;
  private final boolean draft;
  private final int wordCount;
  private final Caption caption;
  private final Map<String, Object> extra;

  /**
   * @param source    the file it was read from
   * @param slug      file-name-safe identifier, unique across the archive once assigned
   * @param headline  never empty
   * @param dek       subtitle, or empty
   * @param authors   bylines, in the order given
   * @param publication the publication it first appeared in ({@code source} in front matter),
   *                  or empty
   * @param section   section name, or empty
   * @param tags      topics, in the order given, without duplicates
   * @param summary   one or two sentences, never empty unless the article has no text at all
   * @param date      publication date
   * @param updated   date of the last update
   * @param draft     left out of the site unless drafts are asked for
   * @param wordCount words of the body, caption excluded
   * @param caption   a photo caption recognised at the end of a raw text
   * @param extra     front-matter keys Broadsheet does not know, for templates, in file order
   */
  public Article(SourceFile source, String slug, String headline, String dek,
      List<String> authors, String publication, String section, List<String> tags,
      String summary, Optional<ArticleDate> date, Optional<ArticleDate> updated, boolean draft,
      int wordCount, Optional<Caption> caption, Map<String, Object> extra) {
    this(source, slug, pack(headline, dek, summary), List.copyOf(authors),
        Objects.requireNonNull(publication, "publication"),
        Objects.requireNonNull(section, "section"), List.copyOf(tags),
        date.orElse(null), updated.orElse(null), draft, wordCount, caption.orElse(null),
        // Most articles have none: one shared empty map saves a map an article.
        extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra)));
  }

  private Article(SourceFile source, String slug, Packed texts, List<String> authors,
      String publication, String section, List<String> tags, ArticleDate date,
      ArticleDate updated, boolean draft, int wordCount, Caption caption,
      Map<String, Object> extra) {
    this.source = Objects.requireNonNull(source, "source");
    this.slug = Objects.requireNonNull(slug, "slug");
    this.texts = texts.bytes;
    this.dekStart = texts.dekStart;
    this.summaryStart = texts.summaryStart;
    this.authors = authors;
    this.publication = publication;
    this.section = section;
    this.tags = tags;
    this.date = date;
    this.updated = updated;
    this.draft = draft;
    this.wordCount = wordCount;
    this.caption = caption;
    this.extra = extra;
  }

  private record Packed(byte[] bytes, int dekStart, int summaryStart) {}

  private static Packed pack(String headline, String dek, String summary) {
    byte[] h = Objects.requireNonNull(headline, "headline").getBytes(StandardCharsets.UTF_8);
    byte[] d = Objects.requireNonNull(dek, "dek").getBytes(StandardCharsets.UTF_8);
    byte[] s = Objects.requireNonNull(summary, "summary").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[h.length + d.length + s.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(d, 0, all, h.length, d.length);
    System.arraycopy(s, 0, all, h.length + d.length, s.length);
    return new Packed(all, h.length, h.length + d.length);
  }

  private Packed packed() {
    return new Packed(texts, dekStart, summaryStart);
  }

  private String text(int from, int to) {
    return new String(texts, from, to - from, StandardCharsets.UTF_8);
  }

  public SourceFile source() {
    return source;
  }

  public String slug() {
    return slug;
  }

  public String headline() {
    return text(0, dekStart);
  }

  public String dek() {
    return text(dekStart, summaryStart);
  }

  public List<String> authors() {
    return authors;
  }

  public String publication() {
    return publication;
  }

  public String section() {
    return section;
  }

  public List<String> tags() {
    return tags;
  }

  public String summary() {
    return text(summaryStart, texts.length);
  }

  public Optional<ArticleDate> date() {
    return Optional.ofNullable(date);
  }

  public Optional<ArticleDate> updated() {
    return Optional.ofNullable(updated);
  }

  public boolean draft() {
    return draft;
  }

  public int wordCount() {
    return wordCount;
  }

  public Optional<Caption> caption() {
    return Optional.ofNullable(caption);
  }

  public Map<String, Object> extra() {
    return extra;
  }

  /** Reading time in whole minutes, at least one. */
  public int readingMinutes() {
    return Math.max(1, (wordCount + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE);
  }

  public Article withSlug(String newSlug) {
    return new Article(source, newSlug, packed(), authors, publication, section, tags, date,
        updated, draft, wordCount, caption, extra);
  }

  /**
   * This article with each of its names (authors, publication, section, tags) replaced by what
   * {@code shared} gives for it: a big archive keeps one copy of each name.
   */
  public Article withNames(UnaryOperator<String> shared) {
    return new Article(source, slug, packed(), map(authors, shared), shared.apply(publication),
        shared.apply(section), map(tags, shared), date, updated, draft, wordCount, caption,
        extra);
  }

  /** By {@link List#of}, which holds one or two names without an array. */
  private static List<String> map(List<String> names, UnaryOperator<String> f) {
    String[] mapped = new String[names.size()];
    for (int i = 0; i < mapped.length; i++) {
      mapped[i] = f.apply(names.get(i));
    }
    return List.of(mapped);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Article a && source.equals(a.source) && slug.equals(a.slug)
        && Arrays.equals(texts, a.texts) && dekStart == a.dekStart
        && summaryStart == a.summaryStart && authors.equals(a.authors)
        && publication.equals(a.publication) && section.equals(a.section)
        && tags.equals(a.tags) && Objects.equals(date, a.date)
        && Objects.equals(updated, a.updated) && draft == a.draft
        && wordCount == a.wordCount && Objects.equals(caption, a.caption)
        && extra.equals(a.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, slug, Arrays.hashCode(texts), dekStart, authors,
        publication, section, tags, date, updated, draft, wordCount, caption, extra);
  }

  @Override
  public String toString() {
    return "Article[source=" + source + ", slug=" + slug + ", headline=" + headline()
        + ", dek=" + dek() + ", authors=" + authors + ", publication=" + publication
        + ", section=" + section + ", tags=" + tags + ", summary=" + summary() + ", date="
        + date() + ", updated=" + updated() + ", draft=" + draft + ", wordCount=" + wordCount
        + ", caption=" + caption() + ", extra=" + extra + "]";
  }
}
