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
    Map<String, Map<String, Integer>> spellings = new TreeMap<>();
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int i = 0; i < articles.size(); i++) {
      Set<String> seen = new HashSet<>();
      for (String name : kind.termsOf(articles.get(i))) {
        String key = key(name);
        if (key.isEmpty() || !seen.add(key)) {
          continue;
        }
        spellings.computeIfAbsent(key, k -> new TreeMap<>()).merge(name, 1, Integer::sum);
        postings.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
    }
    Set<String> usedSlugs = new HashSet<>();
    List<Term> terms = new ArrayList<>(spellings.size());
    for (Map.Entry<String, Map<String, Integer>> e : spellings.entrySet()) {
      String name = mostCommon(e.getValue());
      String slug = uniqueSlug(name, e.getKey(), usedSlugs);
      int[] list = postings.get(e.getKey()).stream().mapToInt(Integer::intValue).toArray();
      terms.add(new Term(kind, e.getKey(), name, slug, list));
    }
    terms.sort(Comparator.comparing((Term t) -> t.name().toLowerCase(Locale.ROOT))
        .thenComparing(Term::key));
    return new Taxonomy(kind, terms);
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
