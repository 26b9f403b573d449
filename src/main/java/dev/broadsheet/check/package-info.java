/**
 * Checks a built site as its readers will meet it, for {@code broadsheet check}: every page is
 * well-formed HTML5 ({@link dev.broadsheet.check.PageCheck}), every internal link, anchor and
 * reference resolves to a file from disk and under a sub-path
 * ({@link dev.broadsheet.check.LinkCheck}), and every feed and sitemap parses
 * ({@link dev.broadsheet.check.DataFileCheck}). {@link dev.broadsheet.check.SiteChecker} runs
 * them all.
 */
package dev.broadsheet.check;
