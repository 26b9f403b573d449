package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShardWriterTest {
  @Test
  void selectFindsTheValueSortingWouldPutAtEachPlace() {
    Random random = new Random(11);
    for (int n = 0; n < 3000; n++) {
      int size = 1 + random.nextInt(n % 3 == 0 ? 5 : 300);
      // Few distinct values in some arrays, as scores of a common term often tie.
      int distinct = 1 + random.nextInt(n % 2 == 0 ? 4 : 1000);
      double[] values = new double[size];
      for (int i = 0; i < size; i++) {
        values[i] = random.nextInt(distinct) / 7.0;
      }
      double[] sorted = values.clone();
      Arrays.sort(sorted);
      int k = random.nextInt(size);
      assertThat(ShardWriter.select(values.clone(), k)).as("%s, k=%d", Arrays.toString(values), k)
          .isEqualTo(sorted[k]);
    }
  }
}
