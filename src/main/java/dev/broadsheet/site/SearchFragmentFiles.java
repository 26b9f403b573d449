package dev.broadsheet.site;

import dev.broadsheet.archive.Archive;
import dev.broadsheet.archive.SitePaths;
import dev.broadsheet.content.Article;
import dev.broadsheet.content.ArticleLoader;
import dev.broadsheet.content.ArticleTexts;
import dev.broadsheet.render.ArticleViews;
import dev.broadsheet.render.KeyInputs;
import dev.broadsheet.search.FragmentGroups;
import dev.broadsheet.search.SearchDocument;
import java.util.BitSet;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The search index's fragments in the site, four articles to a file ({@link FragmentGroups}).
 * A group no change reached ({@link ArticlePageFiles}), or whose key (its number and its
 * articles' identities) is as the last build's, is kept as it is; any other is made from its
 * articles' parts, each held as the article's page is written ({@link #hold}), at once when
 * the last arrives, or, with the parts of articles whose pages are kept read afresh, at the
 * end ({@link #writeRest}).
 */
final class SearchFragmentFiles {
  private final Archive archive;
  private final ArticleViews views;
  private final FragmentGroups groups;
  private final ArticlePageFiles files;
  private final OutputWriter out;
  private final BuildCache cache;
  private final PageKeys keys;
  private final ArticleIdentities identities;
  private final ArticleLoader loader;
  /** By group: the key of a fragment to make, or null when it is kept. */
  private final String[] toMake;
  /** By group: whether its fragment was made as its last part was held. */
  private final boolean[] made;

  SearchFragmentFiles(Archive archive, ArticleViews views, FragmentGroups groups,
      ArticlePageFiles files, OutputWriter out, BuildCache cache, ArticleIdentities identities,
      ArticleLoader loader) {
    this.archive = archive;
    this.views = views;
    this.groups = groups;
    this.files = files;
    this.out = out;
    this.cache = cache;
    this.keys = cache.keys();
    this.identities = identities;
    this.loader = loader;
    this.toMake = new String[groups.count()];
    this.made = new boolean[toMake.length];
  }

  /**
   * Keeps the fragments no change can have reached, by their places in the last build, on this
   * thread (no locking to speak of); then those whose key is as it was, in parallel. The rest
   * are to be made.
   */
  void keep() {
    BitSet unknown = new BitSet(toMake.length);
    for (int g = 0; g < toMake.length; g++) {
      int kept = out.keptAsIs(files.groupBefore(g));
      if (kept >= 0) {
        files.placedGroup(g, kept);
      } else {
        unknown.set(g);
      }
    }
    unknown.stream().parallel().forEach(g -> {
      KeyInputs inputs = new KeyInputs(32 + 32 * FragmentGroups.SIZE).number(g);
      // Each article's slug, with its identity, says where its page is.
      for (int position : groups.positions(g)) {
        identities.addTo(inputs, position);
      }
      String key = keys.key("fragment", inputs);
      int file = keys.fileWithKey(groups.path(g), key);
      int kept = file >= 0 ? out.kept(file, key) : -1;
      if (kept >= 0) {
        files.placedGroup(g, kept);
      } else {
        toMake[g] = key;
      }
    });
  }

  /** Whether the fragment of the article at {@code position} is to be made. */
  boolean wanted(int position) {
    return toMake[groups.group(position)] != null;
  }

  /**
   * Holds the part of the article {@code a} at {@code position}, whose text is {@code text},
   * and writes its group's fragment if this was the last of the group's parts and all of them
   * were held in memory ({@link FragmentGroups#holdAndComplete}). Called from many threads at
   * once, each position once.
   */
  void hold(int position, Article a, String text) {
    byte[] fragment = groups.holdAndComplete(position, document(a, text));
    if (fragment != null) {
      int g = groups.group(position);
      files.placedGroup(g, out.write(groups.path(g), fragment, toMake[g]));
      made[g] = true;
    }
  }

  /**
   * Makes and writes every fragment still to be made, in parallel and in order, so that parts
   * that waited on disk are read back a range at a time; the text of each article whose part was
   * not held is read afresh. Called once every {@link #hold} has returned.
   */
  void writeRest() {
    List<Article> articles = archive.articles();
    IntStream.range(0, toMake.length).filter(g -> toMake[g] != null && !made[g]).parallel()
        .forEach(g -> {
          byte[] fragment = groups.fragment(g, p -> {
            Article a = articles.get(p);
            return document(a, new ArticleBody(a.source(), cache, loader).text());
          });
          files.placedGroup(g, out.write(groups.path(g), fragment, toMake[g]));
        });
  }

  private SearchDocument document(Article a, String text) {
    ArticleTexts texts = a.texts();
    int year = a.date().map(d -> d.value().getYear()).orElse(0);
    return new SearchDocument(SitePaths.article(a.slug()), texts.headline(), views.date(a),
        views.dateText(a), a.section(), year, texts.summary(), text);
  }
}
