package dev.broadsheet.render;

/**
 * Names the article at a position of the archive by everything read from it (its file and
 * content) and by its slug, which other articles can change, for the inputs of a page: pages
 * whose inputs are equal are equal.
 */
@FunctionalInterface
public interface ArticleIdentity {
  /** Adds the name of the article at {@code position}, and its slug, to {@code inputs}. */
  void addTo(KeyInputs inputs, int position);
}
