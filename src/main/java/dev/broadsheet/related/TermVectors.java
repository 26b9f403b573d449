package dev.broadsheet.related;

/**
 * Every story's strongest terms as a unit-length vector: term ids in ascending order and their
 * weights, so two stories' cosine is one merge of two short arrays.
 *
 * @param terms   how many distinct terms there are
 * @param ids     per story, its term ids, ascending
 * @param weights per story, the weight of each of its terms
 */
record TermVectors(int terms, int[][] ids, float[][] weights) {
  int stories() {
    return ids.length;
  }

  /** Cosine similarity of two stories, summed in term order so it is the same every run. */
  double cosine(int a, int b) {
    int[] x = ids[a];
    int[] y = ids[b];
    int i = 0;
    int j = 0;
    double sum = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        sum += (double) weights[a][i++] * weights[b][j++];
      }
    }
    return sum;
  }
}
