/**
 * CommonMark with the GFM extensions Broadsheet supports, behind one immutable, thread-safe
 * {@link dev.broadsheet.markdown.MarkdownService} that is built once per build.
 */
package dev.broadsheet.markdown;
