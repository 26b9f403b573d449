/**
 * The archive as readers browse it: published articles in index order, grouped into
 * {@link dev.broadsheet.archive.Taxonomy taxonomies} of sections, tags, authors and sources and
 * into years and months, with the URL scheme of every page in
 * {@link dev.broadsheet.archive.SitePaths}. Plain immutable data.
 */
package dev.broadsheet.archive;
