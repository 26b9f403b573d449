package dev.broadsheet.markdown;

import java.util.ArrayDeque;
import java.util.Deque;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.parser.PostProcessor;

/**
 * Removes links and images whose URL {@link SafeUrls} refuses, keeping their text: a
 * {@code [click](javascript:...)} becomes the word "click", an image its alt text. Done on the
 * parsed tree rather than in the renderer so that no empty {@code href} or {@code src} is left
 * behind. Walks the tree with an explicit stack, so no input can overflow the call stack here.
 */
final class UnsafeUrlRemover implements PostProcessor {
  @Override
  public Node process(Node document) {
    Deque<Node> stack = new ArrayDeque<>();
    stack.push(document);
    while (!stack.isEmpty()) {
      Node node = stack.pop();
      Node next = node.getFirstChild();
      if (isUnsafe(node)) {
        // Lift the children out in front of the node, then drop it; they are visited next.
        Node child = node.getFirstChild();
        while (child != null) {
          Node following = child.getNext();
          node.insertBefore(child);
          stack.push(child);
          child = following;
        }
        node.unlink();
        continue;
      }
      for (Node child = next; child != null; child = child.getNext()) {
        stack.push(child);
      }
    }
    return document;
  }

  private static boolean isUnsafe(Node node) {
    if (node instanceof Link link) {
      return !SafeUrls.allowed(link.getDestination());
    }
    if (node instanceof Image image) {
      return !SafeUrls.allowed(image.getDestination());
    }
    return false;
  }
}
