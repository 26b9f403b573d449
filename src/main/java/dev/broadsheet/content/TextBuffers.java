package dev.broadsheet.content;

/** Builders for an article's texts, made to hold them without being copied as they grow. */
final class TextBuffers {
  private TextBuffers() {}

  /**
   * A builder of {@code capacity} characters, ready for text outside Latin-1. A builder starts
   * with a byte a character and, at the first curly quote or dash, which nearly every story
   * has (see {@link Typography}), moves to an array of two bytes a character as large as all it
   * had room for: sized for the story, it would make two arrays of its size. This one makes one,
   * being made wide while still empty and only then sized. The string it makes is still compact
   * when the text is all Latin-1.
   */
  static StringBuilder wide(int capacity) {
    StringBuilder sb = new StringBuilder(1);
    sb.append('\u2019');
    sb.setLength(0);
    sb.ensureCapacity(capacity);
    return sb;
  }
}
