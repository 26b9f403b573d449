package dev.broadsheet.content;

/**
 * Where the texts of many articles can be kept out of the heap ({@link Article#withTextsIn}): a
 * million articles' headlines, deks and summaries are some 280 MB. Reads may come from many
 * threads at once.
 */
@FunctionalInterface
public interface TextStore {
  /**
   * The {@code length} bytes kept at {@code position}.
   *
   * @throws java.io.UncheckedIOException when they cannot be read
   */
  byte[] read(long position, int length);
}
