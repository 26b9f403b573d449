package dev.broadsheet.content;

/** Builders for an article's texts, made to hold them without being copied as they grow. */
final class TextBuffers {
  private TextBuffers() {}

  /**
   * A builder of {@code capacity} characters, ready for text outside Latin-1. A builder starts
   * with a byte a character and, at the first curly quote or dash, which nearly every story
   * has (see {@link Typography}), copies all it holds into two bytes a character: in a builder
   * sized for the whole story, that copy cost as much as the growing it saved. The string it
   * makes is still compact when the text is all Latin-1.
   */
  static StringBuilder wide(int capacity) {
    StringBuilder sb = new StringBuilder(capacity);
    sb.append('\u2019');
    sb.setLength(0);
    return sb;
  }
}
