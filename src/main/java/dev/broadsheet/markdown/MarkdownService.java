package dev.broadsheet.markdown;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Parses and renders Markdown: CommonMark plus GFM tables, autolinks and strikethrough. Raw HTML
 * in the source is escaped unless allowed, and link and image URLs with unsafe schemes
 * ({@code javascript:}, {@code vbscript:}, {@code data:}...) are dropped, so an article cannot
 * run script in a reader's browser. Immutable and safe to share between threads.
 */
public final class MarkdownService {
  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
      AutolinkExtension.create(), StrikethroughExtension.create());

  private final Parser parser;
  private final HtmlRenderer renderer;

  private MarkdownService(boolean allowRawHtml) {
    this.parser = Parser.builder().extensions(EXTENSIONS).build();
    this.renderer = HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .escapeHtml(!allowRawHtml)
        .sanitizeUrls(true)
        .build();
  }

  /** The safe default: raw HTML in articles is shown as text. */
  public static MarkdownService create() {
    return new MarkdownService(false);
  }

  public Node parse(String markdown) {
    return parser.parse(markdown);
  }

  public String render(Node document) {
    return renderer.render(document);
  }
}
