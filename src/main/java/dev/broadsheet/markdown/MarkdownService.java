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
 * run script in a reader's browser. Nesting is bounded (see {@link #MAX_NESTING}): deeper
 * markup is read as text, so that no input can make the tree deep enough to overflow the stack
 * of the recursive renderer. Immutable and safe to share between threads.
 */
public final class MarkdownService {
  /**
   * The deepest nesting of blocks (quotes, lists) and of inlines (emphasis, links, images) that
   * is honoured. Real articles nest a handful of levels; the renderer recurses once per level.
   */
  public static final int MAX_NESTING = 64;

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(),
      AutolinkExtension.create(), StrikethroughExtension.create());

  private final Parser parser;
  private final HtmlRenderer renderer;

  private MarkdownService(boolean allowRawHtml) {
    this.parser = Parser.builder()
        .extensions(EXTENSIONS)
        .maxOpenBlockParsers(MAX_NESTING)
        .maxInlineNesting(MAX_NESTING)
        .postProcessor(new InvalidCharacterRemover())
        .postProcessor(new UnsafeUrlRemover())
        .build();
    this.renderer = HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .escapeHtml(!allowRawHtml)
        .attributeProviderFactory(context -> new LinkAttributes())
        .build();
  }

  /** The safe default: raw HTML in articles is shown as text. */
  public static MarkdownService create() {
    return new MarkdownService(false);
  }

  /**
   * With {@code allowRawHtml}, HTML written in articles is passed through as it is: only for
   * articles from a trusted source (the {@code raw_html} config key). Unsafe link and image
   * URLs written as Markdown are still removed.
   */
  public static MarkdownService create(boolean allowRawHtml) {
    return new MarkdownService(allowRawHtml);
  }

  public Node parse(String markdown) {
    return parser.parse(markdown);
  }

  public String render(Node document) {
    return renderer.render(document);
  }
}
