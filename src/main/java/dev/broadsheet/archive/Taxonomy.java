package dev.broadsheet.archive;

import dev.broadsheet.content.Article;
import dev.broadsheet.content.Slugs;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every term of one kind in the archive. Terms are compared case-insensitively, so "Trump" and
 * "trump" are one term, shown in its most common spelling (ties go to the spelling that sorts
 * first). Each term gets a slug that is safe as a folder name whatever the term contains
 * ("a/b", "..", "CON", a name in Chinese) and unique among the kind's terms.
 */
public final class Taxonomy {
  private final TermKind kind;
  private final List<Term> terms;
  private final Map<String, Term> byKey;

  private Taxonomy(TermKind kind, List<Term> terms) {
    this.kind = kind;
    this.terms = List.copyOf(terms);
    Map<String, Term> map = new HashMap<>();
    for (Term t : terms) {
      map.put(t.key(), t);
    }
    this.byKey = Map.copyOf(map);
  }

  /** Groups {@code articles}, which are in index order, by their terms of {@code kind}. */
  public static Taxonomy of(TermKind kind, List<Article> articles) {
    // Articles share their names' strings, so each distinct name is put in normal form once,
    // not once an article: a large archive has a few hundred names and millions of uses.
    Map<String, Spelling> byName = new HashMap<>();
    Map<String, Grouped> byKey = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      for (String name : kind.termsOf(articles.get(i))) {
        Spelling spelling = byName.get(name);
        if (spelling == null) {
          String key = key(name);
          spelling = new Spelling(name, key.isEmpty() ? null
              : byKey.computeIfAbsent(key, Grouped::new));
          byName.put(name, spelling);
        }
        Grouped group = spelling.group;
        // An article counts once for a term, under the first of its spellings.
        if (group == null || group.lastArticle == i) {
          continue;
        }
        group.add(i);
        spelling.count++;
      }
    }
    Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    for (Spelling s : byName.values()) {
      if (s.group != null && s.count > 0) {
        spellings.computeIfAbsent(s.group.key, k -> new TreeMap<>()).merge(s.name, s.count,
            Integer::sum);
      }
    }
    Set<String> usedSlugs = new HashSet<>();
    List<Term> terms = new ArrayList<>(spellings.size());
    for (Map.Entry<String, Map<String, Integer>> e : spellings.entrySet()) {
      String name = mostCommon(e.getValue());
      String slug = uniqueSlug(name, e.getKey(), usedSlugs);
      terms.add(new Term(kind, e.getKey(), name, slug, byKey.get(e.getKey()).positions()));
    }
    terms.sort(Comparator.comparing((Term t) -> t.name().toLowerCase(Locale.ROOT))
        .thenComparing(Term::key));
    return new Taxonomy(kind, terms);
  }

  /** A name as articles spell it, the term it belongs to (none if blank), and its uses. */
  private static final class Spelling {
    final String name;
    final Grouped group;
    int count;

    Spelling(String name, Grouped group) {
      this.name = name;
      this.group = group;
    }
  }

  /** The positions of a term's articles, in index order. */
  private static final class Grouped {
    final String key;
    private final Positions positions = new Positions();
    int lastArticle = -1;

    Grouped(String key) {
      this.key = key;
    }

    void add(int article) {
      positions.add(article);
      lastArticle = article;
    }

    int[] positions() {
      return positions.toArray();
    }
  }

  /** The form terms are compared in. */
  public static String key(String name) {
    if (isPlain(name)) {
      // Printable ASCII with single inner spaces is already in normal form: only lower case.
      return name.toLowerCase(Locale.ROOT);
    }
    return Normalizer.normalize(name, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ")
        .toLowerCase(Locale.ROOT);
  }

  private static boolean isPlain(String name) {
    char previous = ' ';
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || c >= 0x7f || c == ' ' && previous == ' ') {
        return false;
      }
      previous = c;
    }
    return previous != ' ';
  }

  private static String mostCommon(Map<String, Integer> spellings) {
    String best = null;
    int bestCount = 0;
    for (Map.Entry<String, Integer> s : spellings.entrySet()) {
      if (s.getValue() > bestCount) {
        best = s.getKey();
        bestCount = s.getValue();
      }
    }
    return best;
  }

  /** Keys arrive sorted, so which term gets a suffix never depends on input order. */
  private static String uniqueSlug(String name, String key, Set<String> used) {
    String slug = Slugs.slugify(name);
    if (slug.isEmpty()) {
      slug = Slugs.hashed("term", key);
    }
    String candidate = slug;
    for (int n = 2; !used.add(candidate); n++) {
      candidate = slug + "-" + n;
    }
    return candidate;
  }

  public TermKind kind() {
    return kind;
  }

  /** Terms sorted by name, case-insensitively. */
  public List<Term> terms() {
    return terms;
  }

  /** The term {@code name} belongs to, compared case-insensitively. */
  public Optional<Term> find(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }
}
