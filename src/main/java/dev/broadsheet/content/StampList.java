package dev.broadsheet.content;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable list of stamps held as two arrays of numbers, each stamp made when asked for:
 * a scan keeps one for every article to the end of the build, and a record each took 32 bytes
 * for 16 of numbers, 20 MB more for a million articles.
 */
final class StampList extends AbstractList<ArticleScanner.Stamp> implements RandomAccess {
  private final long[] sizes;
  private final long[] modified;

  private StampList(long[] sizes, long[] modified) {
    this.sizes = sizes;
    this.modified = modified;
  }

  /** The stamps of the sizes and times at each index of the two arrays, taken as they are. */
  static List<ArticleScanner.Stamp> of(long[] sizes, long[] modified) {
    if (sizes.length != modified.length) {
      throw new IllegalArgumentException("a time for each size");
    }
    return new StampList(sizes, modified);
  }

  /** {@code stamps}, copied unless they are such a list already. */
  static List<ArticleScanner.Stamp> of(List<ArticleScanner.Stamp> stamps) {
    if (stamps instanceof StampList) {
      return stamps;
    }
    long[] sizes = new long[stamps.size()];
    long[] modified = new long[stamps.size()];
    int i = 0;
    for (ArticleScanner.Stamp stamp : stamps) {
      sizes[i] = stamp.size();
      modified[i] = stamp.modified();
      i++;
    }
    return new StampList(sizes, modified);
  }

  @Override
  public ArticleScanner.Stamp get(int index) {
    return new ArticleScanner.Stamp(sizes[index], modified[index]);
  }

  @Override
  public int size() {
    return sizes.length;
  }
}
