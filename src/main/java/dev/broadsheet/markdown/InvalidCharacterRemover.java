package dev.broadsheet.markdown;

import dev.broadsheet.config.CleanText;
import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.PostProcessor;

/**
 * Removes from the parsed tree the characters that numeric entities can bring back after the
 * file was cleaned: {@code &#x1;} and {@code &#xFFFE;} are valid Markdown but would make the page
 * invalid HTML and its feed unreadable XML (see {@link CleanText}). Walks the tree with an
 * explicit stack. Only text with an {@code &} can hold an entity, and only such text is given to
 * it: cleaning every node of every article again took a fiftieth of the CPU of a first build.
 */
final class InvalidCharacterRemover implements PostProcessor {
  @Override
  public Node process(Node document) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(document);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      clean(node);
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        stack.push(child);
      }
    }
    return document;
  }

  private static void clean(Node node) {
    if (node instanceof Text t) {
      t.setLiteral(CleanText.of(t.getLiteral()));
    } else if (node instanceof Code c) {
      c.setLiteral(CleanText.of(c.getLiteral()));
    } else if (node instanceof FencedCodeBlock f) {
      f.setLiteral(CleanText.of(f.getLiteral()));
      if (f.getInfo() != null) {
        f.setInfo(CleanText.of(f.getInfo()));
      }
    } else if (node instanceof IndentedCodeBlock b) {
      b.setLiteral(CleanText.of(b.getLiteral()));
    } else if (node instanceof HtmlInline h) {
      h.setLiteral(CleanText.of(h.getLiteral()));
    } else if (node instanceof HtmlBlock h) {
      h.setLiteral(CleanText.of(h.getLiteral()));
    } else if (node instanceof Link l) {
      l.setDestination(CleanText.of(l.getDestination()));
      if (l.getTitle() != null) {
        l.setTitle(CleanText.of(l.getTitle()));
      }
    } else if (node instanceof Image i) {
      i.setDestination(CleanText.of(i.getDestination()));
      if (i.getTitle() != null) {
        i.setTitle(CleanText.of(i.getTitle()));
      }
    }
  }
}
