/**
 * Article files to plain data: {@link dev.broadsheet.content.ArticleScanner} finds the files
 * (and {@link dev.broadsheet.content.WatchedScan} keeps what it found between the builds of a
 * watching process), {@link dev.broadsheet.content.ArticleLoader} decodes each, reads its front matter and derives
 * what raw text does not say (headline, summary, caption), giving an immutable
 * {@link dev.broadsheet.content.Article}; {@link dev.broadsheet.content.SlugAssigner} makes slugs
 * unique across the archive.
 */
package dev.broadsheet.content;
