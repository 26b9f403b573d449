package dev.broadsheet.render;

/**
 * A link to a section, tag, author or source page.
 *
 * @param name      the term as readers see it
 * @param url       relative link to its first page
 * @param separator text to print before it in a run of names: "", ", " or " and "
 */
public record TermLink(String name, String url, String separator) {}
