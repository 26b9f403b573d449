package dev.broadsheet.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One article page.
 *
 * @param page           layout data
 * @param headline       the headline
 * @param dek            the subtitle, or empty
 * @param byline         authors joined for reading ("A, B and C"), or empty
 * @param authors        each author, linked to their page
 * @param publication    where it first appeared, linked to its page
 * @param date           machine-readable publication date, or empty when undated
 * @param dateText       the date as readers see it, or empty
 * @param dateUrl        link to the month's archive page, or empty when undated
 * @param updated        machine-readable update date, or empty
 * @param updatedText    the update date as readers see it, or empty
 * @param section        its section, linked to its page
 * @param tags           its tags, linked to their pages
 * @param bodyHtml       the body, already rendered and safe; printed raw
 * @param caption        a photo caption and credit
 * @param readingMinutes reading time in minutes
 * @param wordCount      words in the body
 * @param previous       the next older article
 * @param next           the next newer article
 * @param related        up to five articles on the same story or subject
 * @param extra          front-matter keys Broadsheet does not know, as written
 */
public record ArticleView(
    PageView page,
    String headline,
    String dek,
    String byline,
    List<TermLink> authors,
    Optional<TermLink> publication,
    String date,
    String dateText,
    String dateUrl,
    String updated,
    String updatedText,
    Optional<TermLink> section,
    List<TermLink> tags,
    String bodyHtml,
    Optional<CaptionView> caption,
    int readingMinutes,
    int wordCount,
    Optional<LinkView> previous,
    Optional<LinkView> next,
    List<ArticleCard> related,
    Map<String, Object> extra) {

  public ArticleView {
    authors = List.copyOf(authors);
    tags = List.copyOf(tags);
    related = List.copyOf(related);
  }

  public boolean hasAuthors() {
    return !authors.isEmpty();
  }

  public boolean hasTags() {
    return !tags.isEmpty();
  }

  public boolean hasRelated() {
    return !related.isEmpty();
  }

  public boolean hasNeighbours() {
    return previous.isPresent() || next.isPresent();
  }

  /** A link to another page. */
  public record LinkView(String url, String text) {}

  /** A photo caption with its credit. */
  public record CaptionView(String label, String text, String credit) {}
}
