package dev.broadsheet.related;

/**
 * Every story's strongest terms as a unit-length vector: term ids in ascending order and their
 * weights.
 *
 * @param terms   how many distinct terms there are
 * @param ids     per story, its term ids, ascending
 * @param weights per story, the weight of each of its terms
 */
record TermVectors(int terms, int[][] ids, float[][] weights) {
  int stories() {
    return ids.length;
  }
}
