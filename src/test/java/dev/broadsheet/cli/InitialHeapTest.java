package dev.broadsheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Whether a young generation the launcher sizes fits the first heap the user set. */
class InitialHeapTest {
  @Test
  void sizesAreReadAsTheJvmReadsThem() {
    assertThat(InitialHeap.bytes("65536")).isEqualTo(65536);
    assertThat(InitialHeap.bytes("64k")).isEqualTo(64L << 10);
    assertThat(InitialHeap.bytes("100m")).isEqualTo(100L << 20);
    assertThat(InitialHeap.bytes("100M")).isEqualTo(100L << 20);
    assertThat(InitialHeap.bytes("2g")).isEqualTo(2L << 30);
    assertThat(InitialHeap.bytes("1T")).isEqualTo(1L << 40);
    assertThat(InitialHeap.bytes("999999999999999t")).isEqualTo(Long.MAX_VALUE);
    for (String odd : List.of("", "m", "1.5g", "64mb", "-1m", "1e9")) {
      assertThat(InitialHeap.bytes(odd)).as(odd).isEqualTo(-1);
    }
  }

  @Test
  void theYoungGenerationFitsOnlyAFirstHeapLargerThanItself() {
    assertThat(InitialHeap.fits("-Xmn100m", List.of())).isTrue();
    assertThat(InitialHeap.fits("-Xmn100m", List.of("-Xmx2g"))).isTrue();
    assertThat(InitialHeap.fits("-Xmn100m", List.of("-Xms101m"))).isTrue();
    // The JVM warns from an initial heap as large as the young generation down.
    assertThat(InitialHeap.fits("-Xmn100m", List.of("-Xms100m"))).isFalse();
    assertThat(InitialHeap.fits("-Xmn100m", List.of("-Xms64m", "-Xmx4g"))).isFalse();
    assertThat(InitialHeap.fits("-Xmn300m", List.of("-XX:InitialHeapSize=268435456")))
        .isFalse();
    assertThat(InitialHeap.fits("-Xmn100m", List.of("-Xms64m", "-Xms1g"))).as("the last counts")
        .isTrue();
    assertThat(InitialHeap.fits("-Xmn100m", List.of("-Xmsbig"))).as("unreadable").isFalse();
  }
}
