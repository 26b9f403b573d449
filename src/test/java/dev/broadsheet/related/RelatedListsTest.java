package dev.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RelatedListsTest {
  @Test
  void givesBackEachStorysListInItsOrderEmptyOnesToo() {
    Random random = new Random(7);
    for (int count : new int[] {0, 1, 2, 50}) {
      int[][] lists = new int[count][];
      for (int s = 0; s < count; s++) {
        lists[s] = random.ints(random.nextInt(6), 0, Math.max(1, count)).toArray();
      }
      RelatedLists related = RelatedLists.of(lists);
      assertThat(related.size()).isEqualTo(count);
      for (int s = 0; s < count; s++) {
        assertThat(related.of(s)).as("story %d", s).containsExactly(lists[s]);
      }
    }
  }

  @Test
  void saysWhetherAnyStoryRelatedToAStoryIsMarked() {
    RelatedLists related = RelatedLists.of(new int[][] {{2, 1}, {0}, {}, {3}});
    BitSet marked = new BitSet();
    marked.set(1);
    assertThat(related.anyIn(0, marked)).isTrue();
    assertThat(related.anyIn(1, marked)).isFalse();
    assertThat(related.anyIn(2, marked)).isFalse();
    marked.set(3);
    assertThat(related.anyIn(3, marked)).isTrue();
    marked.clear(1);
    assertThat(related.anyIn(0, marked)).isFalse();
  }

  @Test
  void aListHandedOutIsACopy() {
    RelatedLists related = RelatedLists.of(new int[][] {{2, 1}, {0}, {}});
    related.of(0)[0] = 9;
    assertThat(related.of(0)).containsExactly(2, 1);
    assertThat(related.of(2)).isEmpty();
    assertThatThrownBy(() -> related.of(3)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
