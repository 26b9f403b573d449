package dev.broadsheet.content;

import java.util.Optional;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The text a reader sees in a parsed Markdown document, for headlines, summaries and counts. */
final class MarkdownText {
  private MarkdownText() {}

  /** The text of a level-1 heading that opens the document. */
  static Optional<String> leadingTitle(Node document) {
    Node first = document.getFirstChild();
    if (first instanceof Heading h && h.getLevel() == 1) {
      String text = Whitespace.collapse(plainText(h));
      return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }
    return Optional.empty();
  }

  static void removeLeadingTitle(Node document) {
    document.getFirstChild().unlink();
  }

  /** The text of the first paragraph, anywhere in the document; empty if there is none. */
  static String firstParagraph(Node document) {
    Paragraph[] found = new Paragraph[1];
    document.accept(new AbstractVisitor() {
      @Override
      public void visit(Paragraph paragraph) {
        if (found[0] == null) {
          found[0] = paragraph;
        }
      }
    });
    return found[0] == null ? "" : Whitespace.collapse(plainText(found[0]));
  }

  static String plainText(Node node) {
    return plainText(node, 16);
  }

  /**
   * As {@link #plainText(Node)}, for a text of about {@code capacity} characters: a story's
   * text grown from the default size was copied a dozen times, 2% of reading it.
   */
  static String plainText(Node node, int capacity) {
    StringBuilder sb = TextBuffers.wide(capacity);
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        sb.append(text.getLiteral());
      }

      @Override
      public void visit(Code code) {
        sb.append(code.getLiteral());
      }

      @Override
      public void visit(SoftLineBreak softLineBreak) {
        sb.append(' ');
      }

      @Override
      public void visit(HardLineBreak hardLineBreak) {
        sb.append(' ');
      }

      @Override
      public void visit(Paragraph paragraph) {
        visitChildren(paragraph);
        sb.append(' ');
      }

      @Override
      public void visit(Heading heading) {
        visitChildren(heading);
        sb.append(' ');
      }

      @Override
      public void visit(FencedCodeBlock code) {
        sb.append(code.getLiteral()).append(' ');
      }

      @Override
      public void visit(IndentedCodeBlock code) {
        sb.append(code.getLiteral()).append(' ');
      }

      @Override
      public void visit(CustomBlock block) {
        visitChildren(block);
        sb.append(' ');
      }

      /** Table cells are words apart: "Claim", "Source", not "ClaimSource". */
      @Override
      public void visit(CustomNode node) {
        visitChildren(node);
        if (node instanceof TableCell) {
          sb.append(' ');
        }
      }
    });
    return sb.toString();
  }
}
