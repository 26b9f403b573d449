package dev.broadsheet.render;

import java.util.List;

/**
 * Every term of one kind, e.g. all topics, with how many articles each has.
 *
 * @param page    layout data
 * @param heading e.g. "Topics"
 * @param terms   sorted by name
 */
public record TermsView(PageView page, String heading, List<Entry> terms) {
  public TermsView {
    terms = List.copyOf(terms);
  }

  public int count() {
    return terms.size();
  }

  /** One term: its name, a link to its page, its article count. */
  public record Entry(String name, String url, int count) {}
}
