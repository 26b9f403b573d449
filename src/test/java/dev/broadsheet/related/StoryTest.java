package dev.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A story's section and tags are compared as the archive groups them. */
class StoryTest {
  @Test
  void tagsInAnyCaseOrderOrRepetitionAreTheSameTags() {
    List<String> expected = List.of("espionage", "russia");
    assertThat(new Story("a", "World", List.of("Russia", "espionage", "RUSSIA"), 1).tags())
        .isEqualTo(expected);
    assertThat(new Story("b", "", List.of("espionage", "russia", "russia"), 1).tags())
        .isEqualTo(expected);
    assertThat(new Story("c", "", List.of("russia", "espionage"), 1).tags()).isEqualTo(expected);
    assertThat(new Story("d", "", expected, 1).tags()).isEqualTo(expected);
    assertThat(new Story("e", "World", List.of(), 1).section()).isEqualTo("world");
  }
}
