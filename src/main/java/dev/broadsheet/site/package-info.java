/**
 * The build: {@link dev.broadsheet.site.SiteBuilder} runs the stages in order (scan, load, slugs,
 * order, related stories, render pages, index, listings, feeds, commit) and
 * {@link dev.broadsheet.site.OutputWriter}, the only class that writes files, puts the result in
 * place atomically. The build cache beside the output lets the next build skip the articles,
 * pages and search fragments whose inputs have not changed.
 */
package dev.broadsheet.site;
