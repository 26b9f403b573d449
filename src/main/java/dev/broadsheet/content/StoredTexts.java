package dev.broadsheet.content;

import java.util.Objects;
import java.util.zip.CRC32;

/**
 * Where an article's {@link ArticleTexts} are kept in a {@link TextStore}: {@code length} bytes
 * at {@code position}, whose CRC-32 is {@code checksum}, split as {@link ArticleTexts} says. An
 * article checks each read against them, so a store that changes is found out.
 */
public record StoredTexts(TextStore store, long position, int length, int checksum,
    int dekStart, int summaryStart) {
  public StoredTexts {
    Objects.requireNonNull(store, "store");
    if (dekStart < 0 || summaryStart < dekStart || length < summaryStart) {
      throw new IllegalArgumentException("texts split at " + dekStart + " and "
          + summaryStart + " of " + length + " bytes");
    }
  }

  /**
   * The texts {@code store} keeps at {@code position}, which are {@code length} bytes of
   * {@code bytes} from {@code offset}: read where they were found, not copied.
   */
  public static StoredTexts of(TextStore store, long position, byte[] bytes, int offset,
      int length, int dekStart, int summaryStart) {
    return new StoredTexts(store, position, length, checksum(bytes, offset, length), dekStart,
        summaryStart);
  }

  /** The CRC-32 of {@code length} bytes of {@code bytes} from {@code offset}. */
  static int checksum(byte[] bytes, int offset, int length) {
    CRC32 crc = new CRC32();
    crc.update(bytes, offset, length);
    return (int) crc.getValue();
  }
}
