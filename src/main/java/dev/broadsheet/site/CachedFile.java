package dev.broadsheet.site;

import java.nio.ByteBuffer;

/**
 * An article file as last seen, and where its three entries are in the cache's log: the head
 * (metadata and warnings), read by every build; what the indexes take from it (search terms and
 * related-story words), read only when an index's state lacks them, as when the article
 * changes; and the body (plain text and HTML), read only when a page or search snippet of the
 * article is written. Every build reads every head, so it holds no more than it must: with the
 * terms it was twice as long, and with the words, after the terms had left it, four times.
 *
 * <p>Its content hash and its identity ({@link BuildCache#identity}) are held as numbers, not
 * arrays: a build holds one of these for every article, and two arrays took 80 bytes each time,
 * 80 MB for a million articles. The identity is kept: working it out again for every article
 * took a rebuild a fifth of a second at 100,000 articles.
 */
final class CachedFile {
  /** The length of a content hash, {@link Digests#content}. */
  static final int HASH_BYTES = 16;
  private final long size;
  private final long modified;
  private final long hash0;
  private final long hash1;
  private final long identity0;
  private final long identity1;
  private final long head;
  private final int headLength;
  private final long index;
  private final int indexLength;
  private final long body;
  private final int bodyLength;

  /**
   * @param hash     the content hash, {@link #HASH_BYTES} bytes
   * @param identity {@link BuildCache#IDENTITY_BYTES} bytes
   */
  CachedFile(long size, long modified, byte[] hash, byte[] identity, long head, int headLength,
      long index, int indexLength, long body, int bodyLength) {
    ByteBuffer h = ByteBuffer.wrap(hash);
    ByteBuffer i = ByteBuffer.wrap(identity);
    if (hash.length != HASH_BYTES || identity.length != BuildCache.IDENTITY_BYTES) {
      throw new IllegalArgumentException("a hash of " + hash.length + " bytes, an identity of "
          + identity.length);
    }
    this.size = size;
    this.modified = modified;
    this.hash0 = h.getLong();
    this.hash1 = h.getLong();
    this.identity0 = i.getLong();
    this.identity1 = i.getLong();
    this.head = head;
    this.headLength = headLength;
    this.index = index;
    this.indexLength = indexLength;
    this.body = body;
    this.bodyLength = bodyLength;
  }

  /** The same file, of this size and time now, its entries where given. */
  CachedFile at(long size, long modified, long head, int headLength, long index,
      int indexLength, long body, int bodyLength) {
    return new CachedFile(this, size, modified, head, headLength, index, indexLength, body,
        bodyLength);
  }

  private CachedFile(CachedFile same, long size, long modified, long head, int headLength,
      long index, int indexLength, long body, int bodyLength) {
    this.size = size;
    this.modified = modified;
    this.hash0 = same.hash0;
    this.hash1 = same.hash1;
    this.identity0 = same.identity0;
    this.identity1 = same.identity1;
    this.head = head;
    this.headLength = headLength;
    this.index = index;
    this.indexLength = indexLength;
    this.body = body;
    this.bodyLength = bodyLength;
  }

  long size() {
    return size;
  }

  long modified() {
    return modified;
  }

  /** Whether the content hashed to {@code hash}. */
  boolean hashIs(byte[] hash) {
    if (hash.length != HASH_BYTES) {
      return false;
    }
    ByteBuffer h = ByteBuffer.wrap(hash);
    return h.getLong() == hash0 && h.getLong() == hash1;
  }

  /** Puts the content hash, {@link #HASH_BYTES} bytes, as the manifest stores it. */
  void putHash(ByteBuffer to) {
    to.putLong(hash0).putLong(hash1);
  }

  /** Puts the identity, as {@link #identity} has it. */
  void putIdentity(ByteBuffer to) {
    to.putLong(identity0).putLong(identity1);
  }

  byte[] identity() {
    return ByteBuffer.allocate(BuildCache.IDENTITY_BYTES).putLong(identity0).putLong(identity1)
        .array();
  }

  long head() {
    return head;
  }

  int headLength() {
    return headLength;
  }

  long index() {
    return index;
  }

  int indexLength() {
    return indexLength;
  }

  long body() {
    return body;
  }

  int bodyLength() {
    return bodyLength;
  }
}
