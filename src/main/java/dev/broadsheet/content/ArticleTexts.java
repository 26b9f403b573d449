package dev.broadsheet.content;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * An article's headline, dek and summary as one array of UTF-8, the form in which it keeps
 * them, in the heap or in a {@link TextStore}. A page that shows more than one of them asks
 * for these once ({@link Article#texts}) rather than for each: from a store, each is a read.
 *
 * @param utf8         the three texts, one after another; taken as given, not copied, and
 *                     handed out as a copy
 * @param dekStart     where the dek begins, and the headline ends
 * @param summaryStart where the summary begins, and the dek ends
 */
public record ArticleTexts(byte[] utf8, int dekStart, int summaryStart) {
  public ArticleTexts {
    Objects.requireNonNull(utf8, "utf8");
    if (dekStart < 0 || summaryStart < dekStart || utf8.length < summaryStart) {
      throw new IllegalArgumentException("texts split at " + dekStart + " and "
          + summaryStart + " of " + utf8.length + " bytes");
    }
  }

  @Override
  public byte[] utf8() {
    return utf8.clone();
  }

  public String headline() {
    return new String(utf8, 0, dekStart, StandardCharsets.UTF_8);
  }

  public String dek() {
    return new String(utf8, dekStart, summaryStart - dekStart, StandardCharsets.UTF_8);
  }

  public String summary() {
    return new String(utf8, summaryStart, utf8.length - summaryStart, StandardCharsets.UTF_8);
  }

  static ArticleTexts of(String headline, String dek, String summary) {
    byte[] h = Objects.requireNonNull(headline, "headline").getBytes(StandardCharsets.UTF_8);
    byte[] d = Objects.requireNonNull(dek, "dek").getBytes(StandardCharsets.UTF_8);
    byte[] s = Objects.requireNonNull(summary, "summary").getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[h.length + d.length + s.length];
    System.arraycopy(h, 0, all, 0, h.length);
    System.arraycopy(d, 0, all, h.length, d.length);
    System.arraycopy(s, 0, all, h.length + d.length, s.length);
    return new ArticleTexts(all, h.length, h.length + d.length);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ArticleTexts t && Arrays.equals(utf8, t.utf8) && dekStart == t.dekStart
        && summaryStart == t.summaryStart;
  }

  @Override
  public int hashCode() {
    return Objects.hash(Arrays.hashCode(utf8), dekStart, summaryStart);
  }

  @Override
  public String toString() {
    return "ArticleTexts[" + new String(utf8, StandardCharsets.UTF_8) + " split at " + dekStart
        + " and " + summaryStart + "]";
  }
}
