package dev.broadsheet.archive;

import java.util.Arrays;

/** A growing list of article positions, kept as ints: a large archive files millions. */
final class Positions {
  private int[] positions = new int[8];
  private int size;

  void add(int position) {
    if (size == positions.length) {
      positions = Arrays.copyOf(positions, 2 * size);
    }
    positions[size++] = position;
  }

  int[] toArray() {
    return Arrays.copyOf(positions, size);
  }
}
