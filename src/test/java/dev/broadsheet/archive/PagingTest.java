package dev.broadsheet.archive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PagingTest {

  @ParameterizedTest(name = "{0} items, {1} a page: {2} pages, the last with {3}")
  @CsvSource({"0,25,1,0", "1,25,1,1", "25,25,1,25", "26,25,2,1", "50,25,2,25", "51,25,3,1",
      "7,1,7,1"})
  void pagesCoverEveryItemOnce(int items, int size, int pages, int onLast) {
    Paging[] paging = Paging.of(items, size);
    assertThat(paging).hasSize(pages);
    Paging last = paging[pages - 1];
    assertThat(last.to() - last.from()).isEqualTo(onLast);
    assertThat(last.to()).isEqualTo(items);
    assertThat(paging[0].isFirst()).isTrue();
    assertThat(last.isLast()).isTrue();
    for (int i = 1; i < pages; i++) {
      assertThat(paging[i].from()).isEqualTo(paging[i - 1].to());
    }
  }
}
