package dev.broadsheet.render;

/**
 * An article in a listing.
 *
 * @param url            relative link from the listing page to the article
 * @param headline       its headline
 * @param date           machine-readable date for {@code <time datetime>}, or empty when undated
 * @param dateText       the date as readers see it, or empty
 * @param section        its section, or empty
 * @param summary        a sentence or two
 * @param readingMinutes reading time in minutes
 */
public record ArticleCard(String url, String headline, String date, String dateText,
    String section, String summary, int readingMinutes) {}
