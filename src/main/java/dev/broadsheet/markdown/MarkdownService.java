package dev.broadsheet.markdown;

import dev.broadsheet.config.CleanText;
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
  private static final List<Extension> WITHOUT_AUTOLINKS = EXTENSIONS.stream()
      .filter(e -> !(e instanceof AutolinkExtension)).toList();

  /**
   * Parsers by what the text may hold: {@link #AUTOLINKS} when an autolink may be found in it,
   * {@link #ENTITIES} when an entity may bring back a character cleaning took out.
   */
  private final Parser[] parsers = new Parser[4];
  private static final int AUTOLINKS = 1;
  private static final int ENTITIES = 2;
  private final HtmlRenderer renderer;

  private MarkdownService(boolean allowRawHtml) {
    for (int kind = 0; kind < parsers.length; kind++) {
      parsers[kind] = parser((kind & AUTOLINKS) != 0 ? EXTENSIONS : WITHOUT_AUTOLINKS,
          (kind & ENTITIES) != 0);
    }
    this.renderer = HtmlRenderer.builder()
        .extensions(EXTENSIONS)
        .escapeHtml(!allowRawHtml)
        .attributeProviderFactory(context -> new LinkAttributes())
        .build();
  }

  private static Parser parser(List<Extension> extensions, boolean entities) {
    Parser.Builder builder = Parser.builder()
        .extensions(extensions)
        .maxOpenBlockParsers(MAX_NESTING)
        .maxInlineNesting(MAX_NESTING);
    if (entities) {
      builder.postProcessor(new InvalidCharacterRemover());
    }
    return builder.postProcessor(new UnsafeUrlRemover()).build();
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

  /**
   * Parses {@code markdown}, text that holds none of the characters {@link CleanText} takes out
   * (as the loader gives it); those that its entities stand for are taken out of the tree.
   */
  public Node parse(String markdown) {
    int kind = (mayHoldAutolink(markdown) ? AUTOLINKS : 0)
        | (markdown.indexOf('&') >= 0 ? ENTITIES : 0);
    return parsers[kind].parse(markdown);
  }

  /**
   * Whether an autolink could be found in {@code markdown}'s text. The autolink extension looks
   * at every character of every text node, a third of the time of parsing, yet finds a link
   * only at {@code ://}, {@code @} or {@code www.}. Text holds only characters of the source,
   * save those an entity or a backslash escape stands for, so a source with none of these,
   * no {@code &} and no backslash, has no autolink to find.
   */
  static boolean mayHoldAutolink(String markdown) {
    return markdown.indexOf('@') >= 0 || markdown.indexOf('&') >= 0
        || markdown.indexOf('\\') >= 0 || markdown.contains("://")
        || markdown.contains("www.");
  }

  public String render(Node document) {
    return render(document, new StringBuilder());
  }

  /**
   * As {@link #render(Node)}, into {@code html}: a story's HTML grown from the renderer's
   * default size was copied a dozen times, 2% of reading it, so the caller gives a builder
   * sized for it.
   */
  public String render(Node document, StringBuilder html) {
    renderer.render(document, html);
    return html.toString();
  }
}
