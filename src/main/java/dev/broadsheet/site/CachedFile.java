package dev.broadsheet.site;

import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.util.Objects;

/**
 * An article file as last seen, and where its three entries are in the cache's logs: the head
 * (metadata and warnings), read by every build, in a log of heads alone; what the indexes take
 * from it (search terms and related-story words), read only when an index's state lacks them,
 * as when the article changes; and the body (plain text and HTML), read only when a page or
 * search snippet of the article is written. Every build reads every head, so it holds no more
 * than it must: with the terms it was twice as long, and with the words, after the terms had
 * left it, four times.
 *
 * <p>Its content hash and its identity ({@link BuildCache#identity}) are held as numbers, not
 * arrays, and a build keeps each article's as a record of numbers ({@link #putRecord}) out of
 * the heap, in {@link FileEntries}, making one of these only when it is asked for: at a million
 * articles, these objects held for the whole build took 96 MB of a 1 GB heap, twice in a
 * rebuild. The identity is kept: working it out again for every article took a rebuild a fifth
 * of a second at 100,000 articles.
 */
final class CachedFile {
  /** The length of a content hash, {@link Digests#content}. */
  static final int HASH_BYTES = 16;
  /**
   * The length of {@link #putRecord}'s record, in longs: the three lengths share two, the last
   * half of the second left for whoever keeps the record ({@link #RECORD_FREE}).
   */
  static final int RECORD_LONGS = 11;
  /** The record's long whose low half is free: zero as {@link #putRecord} leaves it. */
  static final int RECORD_FREE = 10;
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

  /**
   * Puts every field at {@code at}, without moving the buffer's position. A buffer of longs in
   * the machine's order, not of bytes: in the quick compiler, which builds rebuilds, a byte
   * buffer's {@code getLong} is a deeper chain of calls, and took twice as long.
   */
  void putRecord(LongBuffer to, int at) {
    to.put(at, size).put(at + 1, modified).put(at + 2, hash0).put(at + 3, hash1)
        .put(at + 4, identity0).put(at + 5, identity1).put(at + 6, head).put(at + 7, index)
        .put(at + 8, body).put(at + 9, (long) headLength << 32 | indexLength & 0xFFFF_FFFFL)
        .put(at + RECORD_FREE, (long) bodyLength << 32);
  }

  /** The file whose record {@link #putRecord} put at {@code at}. */
  static CachedFile ofRecord(LongBuffer from, int at) {
    return new CachedFile(from, at);
  }

  private CachedFile(LongBuffer from, int at) {
    this.size = from.get(at);
    this.modified = from.get(at + 1);
    this.hash0 = from.get(at + 2);
    this.hash1 = from.get(at + 3);
    this.identity0 = from.get(at + 4);
    this.identity1 = from.get(at + 5);
    this.head = from.get(at + 6);
    this.index = from.get(at + 7);
    this.body = from.get(at + 8);
    long lengths = from.get(at + 9);
    this.headLength = (int) (lengths >> 32);
    this.indexLength = (int) lengths;
    this.bodyLength = (int) (from.get(at + RECORD_FREE) >> 32);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CachedFile f && size == f.size && modified == f.modified
        && hash0 == f.hash0 && hash1 == f.hash1 && identity0 == f.identity0
        && identity1 == f.identity1 && head == f.head && headLength == f.headLength
        && index == f.index && indexLength == f.indexLength && body == f.body
        && bodyLength == f.bodyLength;
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, modified, hash0, hash1, identity0, identity1, head, headLength,
        index, indexLength, body, bodyLength);
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
