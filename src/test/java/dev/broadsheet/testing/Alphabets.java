package dev.broadsheet.testing;

/** Characters for tests that draw random text: the awkward ones a writer must get right. */
public final class Alphabets {
  private Alphabets() {}

  /**
   * Every ASCII character (controls and DEL included) and the first Latin-1 ones, followed by
   * {@code more}: an encoder or escaper meets all of them in some article.
   */
  public static String everyAsciiCharacterAnd(String more) {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 130; c++) {
      all.append(c);
    }
    return all.append(more).toString();
  }
}
