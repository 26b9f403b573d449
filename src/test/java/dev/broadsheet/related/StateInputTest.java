package dev.broadsheet.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The related stories' state reads back the strings written, whatever it is told to expect. */
class StateInputTest {
  private static final List<String> WRITTEN =
      List.of("world/2017/story.md", "", "café", "politics", "x".repeat(70_000), "tags");

  @Test
  void aStringThatIsTheOneExpectedIsReadAsThatOne() throws IOException {
    StateInput in = input();
    for (String s : WRITTEN) {
      String expected = new String(s); // equal, not the same
      String read = in.readString(expected);
      assertThat(read).isEqualTo(s);
      if (s.length() < 70_000 && s.chars().allMatch(c -> c < 0x80)) {
        assertThat(read).as("not made again").isSameAs(expected);
      }
    }
    assertChecksumHolds(in);
  }

  @Test
  void aStringOtherThanTheOneExpectedIsReadAsWritten() throws IOException {
    StateInput in = input();
    List<String> guesses = List.of("world/2017/story.mdx", "a", "cafe", "politicS",
        "x".repeat(69_999) + "y", "tag");
    for (int i = 0; i < WRITTEN.size(); i++) {
      assertThat(in.readString(guesses.get(i))).isEqualTo(WRITTEN.get(i));
    }
    assertChecksumHolds(in);
  }

  private static StateInput input() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    StateOutput out = new StateOutput(bytes);
    for (String s : WRITTEN) {
      out.writeString(s);
    }
    out.writeInt(out.checksum());
    out.flush();
    return new StateInput(new ByteArrayInputStream(bytes.toByteArray()));
  }

  private static void assertChecksumHolds(StateInput in) throws IOException {
    int expected = in.checksum();
    assertThat(in.readInt()).isEqualTo(expected);
  }
}
