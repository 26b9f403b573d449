package dev.broadsheet.content;

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
 * {@link Optional}. A build may move those texts out of the heap into a {@link TextStore}
 * ({@link #withTextsIn}): for a million articles they are some 280 MB.
 */
public final class Article {
  /** Words a minute assumed for reading time, a common figure for news prose. */
  public static final int WORDS_PER_MINUTE = 230;

  private final SourceFile source;
  private final String slug;
  /**
   * The headline, dek and summary in UTF-8, one after another ({@link ArticleTexts}); null when
   * they are kept in {@link #store} instead, at {@link #position}, with the given length and
   * CRC-32.
   */
  private final byte[] texts;
  private final int dekStart;
  private final int summaryStart;
  private final TextStore store;
  private final long position;
  private final int length;
  private final int checksum;
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
    this(source, slug, ArticleTexts.of(headline, dek, summary), authors, publication, section,
        tags, date, updated, draft, wordCount, caption, extra);
  }

  /** As the other constructor, with the headline, dek and summary as {@link ArticleTexts}. */
  public Article(SourceFile source, String slug, ArticleTexts texts, List<String> authors,
      String publication, String section, List<String> tags, Optional<ArticleDate> date,
      Optional<ArticleDate> updated, boolean draft, int wordCount, Optional<Caption> caption,
      Map<String, Object> extra) {
    this(source, slug, texts.utf8(), texts.dekStart(), texts.summaryStart(), null, 0, 0,
        0, List.copyOf(authors), Objects.requireNonNull(publication, "publication"),
        Objects.requireNonNull(section, "section"), List.copyOf(tags),
        date.orElse(null), updated.orElse(null), draft, wordCount, caption.orElse(null),
        extra(extra));
  }

  /**
   * As the constructor taking {@link ArticleTexts}, with those texts kept in a store: an article
   * read back from where a build keeps them is not given a copy of them only to let it go.
   */
  public Article(SourceFile source, String slug, StoredTexts texts, List<String> authors,
      String publication, String section, List<String> tags, Optional<ArticleDate> date,
      Optional<ArticleDate> updated, boolean draft, int wordCount, Optional<Caption> caption,
      Map<String, Object> extra) {
    this(source, slug, null, texts.dekStart(), texts.summaryStart(), texts.store(),
        texts.position(), texts.length(), texts.checksum(), List.copyOf(authors),
        Objects.requireNonNull(publication, "publication"),
        Objects.requireNonNull(section, "section"), List.copyOf(tags),
        date.orElse(null), updated.orElse(null), draft, wordCount, caption.orElse(null),
        extra(extra));
  }

  /** Most articles have no extra keys: one shared empty map saves a map an article. */
  private static Map<String, Object> extra(Map<String, Object> extra) {
    return extra.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extra));
  }

  private Article(SourceFile source, String slug, byte[] texts, int dekStart, int summaryStart,
      TextStore store, long position, int length, int checksum, List<String> authors,
      String publication, String section, List<String> tags, ArticleDate date,
      ArticleDate updated, boolean draft, int wordCount, Caption caption,
      Map<String, Object> extra) {
    this.source = Objects.requireNonNull(source, "source");
    this.slug = Objects.requireNonNull(slug, "slug");
    this.texts = texts;
    this.dekStart = dekStart;
    this.summaryStart = summaryStart;
    this.store = store;
    this.position = position;
    this.length = length;
    this.checksum = checksum;
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

  /** The texts' bytes: this article's own, or read from its store and checked. */
  private byte[] utf8() {
    if (texts != null) {
      return texts;
    }
    byte[] read = store.read(position, length);
    if (read.length != length || StoredTexts.checksum(read, 0, read.length) != checksum) {
      throw new IllegalStateException("the texts of " + source.relativePath()
          + " changed where they were kept");
    }
    return read;
  }

  /** The headline, dek and summary, read once. */
  public ArticleTexts texts() {
    return new ArticleTexts(utf8(), dekStart, summaryStart);
  }

  /**
   * This article with its texts kept in {@code store} at {@code position} rather than in the
   * heap: the store must hold there exactly {@link #texts()}'s bytes, and keep them while the
   * article is used. Each read is checked against them, so a store that changes is found out.
   */
  public Article withTextsIn(TextStore store, long position) {
    byte[] utf8 = utf8();
    return new Article(source, slug, null, dekStart, summaryStart,
        Objects.requireNonNull(store, "store"), position, utf8.length,
        StoredTexts.checksum(utf8, 0, utf8.length), authors, publication, section, tags, date,
        updated, draft, wordCount, caption, extra);
  }

  public SourceFile source() {
    return source;
  }

  public String slug() {
    return slug;
  }

  public String headline() {
    return texts().headline();
  }

  public String dek() {
    return texts().dek();
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
    return texts().summary();
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
    return new Article(source, newSlug, texts, dekStart, summaryStart, store, position, length,
        checksum, authors, publication, section, tags, date, updated, draft, wordCount, caption,
        extra);
  }

  /**
   * This article with each of its names (authors, publication, section, tags) replaced by what
   * {@code shared} gives for it: a big archive keeps one copy of each name.
   */
  public Article withNames(UnaryOperator<String> shared) {
    return withNames(shared, UnaryOperator.identity());
  }

  /**
   * As {@link #withNames(UnaryOperator)}, each list of names (the authors, the tags) then
   * replaced by what {@code sharedLists} gives for it: many articles name the same author or
   * the same pair of tags.
   */
  public Article withNames(UnaryOperator<String> shared,
      UnaryOperator<List<String>> sharedLists) {
    return new Article(source, slug, texts, dekStart, summaryStart, store, position, length,
        checksum, sharedLists.apply(map(authors, shared)), shared.apply(publication),
        shared.apply(section), sharedLists.apply(map(tags, shared)), date, updated, draft,
        wordCount, caption, extra);
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
        && Arrays.equals(utf8(), a.utf8()) && dekStart == a.dekStart
        && summaryStart == a.summaryStart && authors.equals(a.authors)
        && publication.equals(a.publication) && section.equals(a.section)
        && tags.equals(a.tags) && Objects.equals(date, a.date)
        && Objects.equals(updated, a.updated) && draft == a.draft
        && wordCount == a.wordCount && Objects.equals(caption, a.caption)
        && extra.equals(a.extra);
  }

  @Override
  public int hashCode() {
    return Objects.hash(source, slug, Arrays.hashCode(utf8()), dekStart, authors,
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
