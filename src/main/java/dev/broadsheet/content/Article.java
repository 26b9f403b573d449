package dev.broadsheet.content;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One article's metadata: everything needed to list, link and describe it, but not its body,
 * which is read again when its page is rendered so that a large archive never holds every body
 * in memory at once.
 *
 * @param source    the file it was read from
 * @param slug      file-name-safe identifier, unique across the archive once assigned
 * @param headline  never empty
 * @param dek       subtitle, or empty
 * @param authors   bylines, in the order given
 * @param publication the publication it first appeared in ({@code source} in front matter), or empty
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
public record Article(
    SourceFile source,
    String slug,
    String headline,
    String dek,
    List<String> authors,
    String publication,
    String section,
    List<String> tags,
    String summary,
    Optional<ArticleDate> date,
    Optional<ArticleDate> updated,
    boolean draft,
    int wordCount,
    Optional<Caption> caption,
    Map<String, Object> extra) {

  /** Words a minute assumed for reading time, a common figure for news prose. */
  public static final int WORDS_PER_MINUTE = 230;

  public Article {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(slug, "slug");
    Objects.requireNonNull(headline, "headline");
    Objects.requireNonNull(dek, "dek");
    authors = List.copyOf(authors);
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(section, "section");
    tags = List.copyOf(tags);
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(updated, "updated");
    Objects.requireNonNull(caption, "caption");
    // Most articles have none: one shared empty map saves a map an article in a big archive.
    extra = extra.isEmpty() ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(extra));
  }

  /** Reading time in whole minutes, at least one. */
  public int readingMinutes() {
    return Math.max(1, (wordCount + WORDS_PER_MINUTE / 2) / WORDS_PER_MINUTE);
  }

  public Article withSlug(String newSlug) {
    return new Article(source, newSlug, headline, dek, authors, publication, section, tags,
        summary, date, updated, draft, wordCount, caption, extra);
  }
}
