package dev.broadsheet.related;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The words one thread has seen, each with an id in arrival order and the number of stories
 * that have it. Words are looked up by their UTF-8 bytes, so a story read back from the build
 * cache adds its words without becoming strings; only a word new to the thread is copied. Each
 * thread has its own, so counting takes no lock and shares no counter; {@link
 * RelatedIndexBuilder} merges them by spelling. Not thread-safe.
 */
final class Vocabulary {
  private byte[][] words = new byte[1024][];
  private int[] documents = new int[1024];
  private int size;
  /** Open addressing: word id plus one, or 0 for a free slot; twice as long as needed at most. */
  private int[] slots = new int[4096];

  /** The id of the {@code length} bytes at {@code start}, added if new; one more story has it. */
  int count(byte[] bytes, int start, int length) {
    int mask = slots.length - 1;
    int slot = hash(bytes, start, length) & mask;
    while (slots[slot] != 0) {
      int id = slots[slot] - 1;
      byte[] w = words[id];
      if (Arrays.equals(w, 0, w.length, bytes, start, start + length)) {
        documents[id]++;
        return id;
      }
      slot = (slot + 1) & mask;
    }
    if (size == words.length) {
      words = Arrays.copyOf(words, size * 2);
      documents = Arrays.copyOf(documents, size * 2);
    }
    int id = size++;
    words[id] = Arrays.copyOfRange(bytes, start, start + length);
    documents[id] = 1;
    slots[slot] = id + 1;
    if (2 * size > slots.length) {
      grow();
    }
    return id;
  }

  int size() {
    return size;
  }

  String spelling(int id) {
    return new String(words[id], StandardCharsets.UTF_8);
  }

  int documents(int id) {
    return documents[id];
  }

  private void grow() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int id = 0; id < size; id++) {
      int slot = hash(words[id], 0, words[id].length) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = id + 1;
    }
  }

  private static int hash(byte[] bytes, int start, int length) {
    int h = 0;
    for (int i = start; i < start + length; i++) {
      h = 31 * h + bytes[i];
    }
    // Spread the high bits down: the table is indexed by the low ones.
    return h ^ (h >>> 16);
  }
}
