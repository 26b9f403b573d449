package dev.broadsheet.related;

import java.util.Arrays;
import java.util.BitSet;

/**
 * Each story's related stories, by position, as the pages are written: all the lists in one
 * array rather than an array each. The article pages are written while every article's metadata
 * fills most of the heap, and a million stories' arrays of five took 44 MB and a million objects
 * for the collector to mark, cycle after cycle; here they take 24 MB in two.
 */
public final class RelatedLists {
  /** Where each story's list begins in {@link #stories}, and, last, where the lists end. */
  private final int[] starts;
  private final int[] stories;

  private RelatedLists(int[] starts, int[] stories) {
    this.starts = starts;
    this.stories = stories;
  }

  /** The lists of {@code lists}, each story's in its order; none may be null. */
  public static RelatedLists of(int[][] lists) {
    int[] starts = new int[lists.length + 1];
    for (int s = 0; s < lists.length; s++) {
      starts[s + 1] = starts[s] + lists[s].length;
    }
    int[] stories = new int[starts[lists.length]];
    for (int s = 0; s < lists.length; s++) {
      System.arraycopy(lists[s], 0, stories, starts[s], lists[s].length);
    }
    return new RelatedLists(starts, stories);
  }

  /** How many stories have a list. */
  public int size() {
    return starts.length - 1;
  }

  /** How many stories are related to the story at {@code story}. */
  public int count(int story) {
    return starts[story + 1] - starts[story];
  }

  /**
   * Whether the stories related to the story at {@code story} are the first {@code length} of
   * {@code list}, in that order.
   */
  public boolean is(int story, int[] list, int length) {
    return Arrays.equals(stories, starts[story], starts[story + 1], list, 0, length);
  }

  /**
   * Whether any of the stories related to the story at {@code story} is set in {@code marked}:
   * asked of every story of a rebuild, where a lambda called for each related story was made
   * for each, through a method handle the quick compiler does not inline.
   */
  public boolean anyIn(int story, BitSet marked) {
    for (int i = starts[story]; i < starts[story + 1]; i++) {
      if (marked.get(stories[i])) {
        return true;
      }
    }
    return false;
  }

  /** The positions of the stories related to the story at {@code story}, best first. */
  public int[] of(int story) {
    return Arrays.copyOfRange(stories, starts[story], starts[story + 1]);
  }
}
