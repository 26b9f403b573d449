package dev.broadsheet.markdown;

import java.util.LinkedHashMap;
import java.util.Map;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;

/**
 * Last word on the attributes of links and images as they are written. Links that leave the site
 * get {@code rel="nofollow"}, so the archive lends no ranking to whatever an old article linked
 * to; links within it get none. An unsafe URL that somehow reached the renderer is dropped here
 * too, as a second line of defence behind {@link UnsafeUrlRemover}.
 */
final class LinkAttributes implements AttributeProvider {
  @Override
  public void setAttributes(Node node, String tagName, Map<String, String> attributes) {
    if (tagName.equals("a")) {
      String href = attributes.get("href");
      if (href != null && !SafeUrls.allowed(href)) {
        attributes.remove("href");
      } else if (href != null && SafeUrls.external(href)) {
        // First, as commonmark-java wrote it before, so pages stay byte-identical.
        Map<String, String> rest = new LinkedHashMap<>(attributes);
        rest.remove("rel");
        attributes.clear();
        attributes.put("rel", "nofollow");
        attributes.putAll(rest);
      } else {
        attributes.remove("rel");
      }
    } else if (tagName.equals("img")) {
      String src = attributes.get("src");
      if (src != null && !SafeUrls.allowed(src)) {
        attributes.remove("src");
      }
    }
  }
}
