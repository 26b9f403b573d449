package dev.broadsheet.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeadlinesTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Council approves new library budget after long debate.|Council approves new library budget after long debate
      LONDON — The Bank of England raised interest rates on Thursday, officials said.|The Bank of England raised interest rates on Thursday
      According to the police, three men were arrested at the scene of the fire on Monday.|Three men were arrested at the scene of the fire on Monday
      the mayor resigned.|The mayor resigned
      """)
  void shortLedesBecomeTheirOwnHeadline(String lede, String headline) {
    assertThat(Headlines.fromLede(lede)).isEqualTo(headline);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      The government announced on Tuesday that it would spend an additional four billion pounds on the rail network over the next decade, the largest sum in a generation.
      Scientists at the university have discovered a new species of frog in the rainforests of the northern province of the country after a ten-year search by volunteers.
      Firefighters battled through the night to save the historic cathedral of the city of Rouen whose spire collapsed in the early hours of the morning yesterday.
      """)
  void longLedesAreCutAtAPhraseBoundaryAndNeverEndOnAFunctionWord(String lede) {
    String headline = Headlines.fromLede(lede);
    assertThat(headline).hasSizeBetween(25, 100);
    assertThat(lede).startsWith(headline);
    String last = headline.substring(headline.lastIndexOf(' ') + 1).toLowerCase();
    assertThat(last).isNotIn("to", "the", "of", "a", "an", "in", "on", "at", "and", "that", "whose");
    assertThat(headline).doesNotEndWith(",");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      One. Two.|One. Two.
      Mr. Smith went to Washington. He stayed.|Mr. Smith went to Washington. He stayed.
      """)
  void summariesAreWholeSentences(String lede, String summary) {
    assertThat(Headlines.summary(lede)).isEqualTo(summary);
  }

  @org.junit.jupiter.api.Test
  void aSummaryNeverExceedsAbout300Characters() {
    String sentence = "This sentence has exactly enough words to be a plausible sentence here. ";
    String summary = Headlines.summary(sentence.repeat(10));
    assertThat(summary).hasSizeLessThanOrEqualTo(300).endsWith("here.");
    String oneLong = "word ".repeat(200);
    assertThat(Headlines.summary(oneLong)).hasSizeLessThanOrEqualTo(300).endsWith("\u2026");
  }
}
