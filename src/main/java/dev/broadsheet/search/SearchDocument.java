package dev.broadsheet.search;

/**
 * One article as the search index sees it.
 *
 * @param path     its page, relative to the site root, e.g. {@code articles/x.html}
 * @param headline the headline, weighted above the body
 * @param date     ISO date or date-time, or empty when undated
 * @param dateText the date as readers see it, or empty
 * @param section  its section, or empty
 * @param year     its year, for the year filter; 0 when undated
 * @param summary  a sentence or two
 * @param text     the body as plain text
 */
public record SearchDocument(String path, String headline, String date, String dateText,
    String section, int year, String summary, String text) {}
