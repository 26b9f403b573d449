package dev.broadsheet.site;

import dev.broadsheet.content.Article;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One copy of each name the articles share (sections, tags, authors and publications), and of
 * each short list of them. A million articles name a few hundred tags and authors between
 * them, and every article read holds its own copies of the strings, some sixty bytes each, for
 * the whole build. Safe for many threads at once.
 */
final class SharedNames {
  /**
   * Lists of up to this many names are shared: an article's author, or its one or two tags,
   * are most likely named the same way by thousands of others. Longer lists are seldom named
   * twice, and an entry in the map would cost more than the list it saves.
   */
  private static final int SHARED_LIST = 2;
  private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<List<String>, List<String>> lists = new ConcurrentHashMap<>();

  /** {@code article} with its names replaced by the copies other articles already hold. */
  Article share(Article a) {
    return a.withNames(this::share, this::share);
  }

  // Each looks before it adds: nearly every name is there already, and a look takes no lock,
  // where putIfAbsent may take its bin's, which two threads reading articles then pass between
  // their cores.
  String share(String name) {
    String earlier = names.get(name);
    if (earlier == null) {
      earlier = names.putIfAbsent(name, name);
    }
    return earlier == null ? name : earlier;
  }

  List<String> share(List<String> list) {
    if (list.isEmpty() || list.size() > SHARED_LIST) {
      return list;
    }
    List<String> earlier = lists.get(list);
    if (earlier == null) {
      earlier = lists.putIfAbsent(list, list);
    }
    return earlier == null ? list : earlier;
  }
}
