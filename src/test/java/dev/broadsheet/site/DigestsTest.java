package dev.broadsheet.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DigestsTest {
  /** Characters whose spellings in one encoding or another could be confused. */
  private static final List<String> ALPHABET = List.of("a", "?", "\u00e9", "\u00c3", "\u00a9",
      "\u20ac", "\u20a4", "\u00ff", "\u0100", "\ud83d\ude00", "\u0000");

  @Test
  void differentListsOfStringsHaveDifferentDigests() {
    Random random = new Random(5);
    Set<String> lists = new HashSet<>();
    Set<String> digests = new HashSet<>();
    for (int i = 0; i < 20_000; i++) {
      List<String> parts = new ArrayList<>();
      int n = 1 + random.nextInt(3);
      for (int p = 0; p < n; p++) {
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(4);
        for (int c = 0; c < length; c++) {
          sb.append(ALPHABET.get(random.nextInt(ALPHABET.size())));
        }
        parts.add(sb.toString());
      }
      if (lists.add(String.join("\u0001", parts) + "|" + n)) {
        digests.add(Digests.hex(Digests.of(parts.toArray(String[]::new))));
      }
    }
    assertThat(lists).hasSizeGreaterThan(5_000);
    assertThat(digests).hasSameSizeAs(lists);
  }

  @Test
  void charactersOneEncodingCannotSpellAreNotTakenForQuestionMarks() {
    assertThat(Digests.of("\u20ac")).isNotEqualTo(Digests.of("\u20a4"))
        .isNotEqualTo(Digests.of("?"));
    assertThat(Digests.of("\u00e9")).isNotEqualTo(Digests.of("\u00c3\u00a9"));
    assertThat(Digests.of("same", "\u20ac")).isEqualTo(Digests.of("same", "\u20ac"));
  }
}
