/**
 * The build: {@link dev.broadsheet.site.SiteBuilder} runs the stages in order (scan, load, slugs,
 * order, render pages, index, assets) and {@link dev.broadsheet.site.OutputWriter}, the only class
 * that writes files, puts the result in place atomically.
 */
package dev.broadsheet.site;
