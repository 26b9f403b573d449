package dev.broadsheet.search;

/**
 * BM25 with two fields (a simple BM25F): a headline occurrence counts {@link #HEADLINE_WEIGHT}
 * times a body occurrence, each field normalised by its own average length, so a story about a
 * word ranks above one that mentions it. Scores are computed at build time, per term and
 * article, so the browser only adds them up.
 */
final class Bm25 {
  static final double K1 = 1.2;
  static final double B_BODY = 0.75;
  static final double B_HEADLINE = 0.5;
  static final double HEADLINE_WEIGHT = 4.0;

  private final double documents;
  private final double averageHeadline;
  private final double averageBody;

  /**
   * The archive's size and average lengths are rounded to two significant figures: ranking
   * hardly notices, and adding or editing one article then leaves every other article's scores,
   * and so most index files, byte for byte as they were, which keeps rebuilds small.
   */
  Bm25(int documents, long headlineTerms, long bodyTerms) {
    this.documents = twoFigures(documents);
    this.averageHeadline = twoFigures(Math.max(1.0,
        (double) headlineTerms / Math.max(1, documents)));
    this.averageBody = twoFigures(Math.max(1.0, (double) bodyTerms / Math.max(1, documents)));
  }

  static double twoFigures(double x) {
    return new java.math.BigDecimal(x).round(new java.math.MathContext(2)).doubleValue();
  }

  /** Same archive size and averages, as rounded: the same score for the same counts. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Bm25 b && b.documents == documents
        && b.averageHeadline == averageHeadline && b.averageBody == averageBody;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(documents) * 31 + Double.hashCode(averageBody);
  }

  double idf(int df) {
    return Math.log(1 + Math.max(0, documents - df + 0.5) / (df + 0.5));
  }

  double score(double idf, int tfHeadline, int headlineLength, int tfBody, int bodyLength) {
    double tf = HEADLINE_WEIGHT * tfHeadline
        / (1 - B_HEADLINE + B_HEADLINE * headlineLength / averageHeadline)
        + tfBody / (1 - B_BODY + B_BODY * bodyLength / averageBody);
    return idf * tf * (K1 + 1) / (tf + K1);
  }
}
