package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TermsTest {
  private static List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    Terms.forEach(text, out::add);
    return out;
  }

  /** The words found are those of {@link Terms#WORD}, the expression the browser uses too. */
  @Test
  void wordsAreFoundExactlyAsTheSharedExpressionFindsThem() {
    String alphabet = "aZ9 '\u2019-.\u00e9e\u0301\u00df\u4e2d\u0416\u0663\u00bd"
        + "\ud83d\ude00\ud835\udc00\u02b0\u2160\n\t";
    int[] points = alphabet.codePoints().toArray();
    Random random = new Random(42);
    for (int round = 0; round < 2_000; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.appendCodePoint(points[random.nextInt(points.length)]);
      }
      List<String> expected = new ArrayList<>();
      Matcher m = Terms.WORD.matcher(text);
      while (m.find()) {
        expected.add(m.group());
      }
      List<String> found = new ArrayList<>();
      Terms.forEach(text.toString(), word -> {
        found.add(word);
        return null;
      }, t -> {});
      assertThat(found).as(text.toString()).isEqualTo(expected);
    }
  }

  @Test
  void caseAndAccentsAreFolded() {
    assertThat(Terms.term("Café")).isEqualTo(Terms.term("cafe")).isEqualTo("cafe");
    assertThat(Terms.term("CAFE\u0301")).isEqualTo("cafe");
    assertThat(Terms.term("Zürich")).isEqualTo("zurich");
    assertThat(Terms.term("naïve")).isEqualTo(Terms.term("NAIVE"));
    assertThat(Terms.fold("ﬁnance")).isEqualTo("finance");
    assertThat(Terms.fold("Ǆemal")).isEqualTo("dzemal");
  }

  @Test
  void wordsAreStemmedSoFormsOfAWordMeet() {
    assertThat(Terms.term("sharing")).isEqualTo(Terms.term("shared")).isEqualTo("share");
    assertThat(Terms.term("Shares")).isEqualTo("share");
    assertThat(Terms.term("intelligence")).isEqualTo(Terms.term("intelligent"));
    assertThat(Terms.term("president's")).isEqualTo(Terms.term("presidents")).isEqualTo("presid");
    assertThat(Terms.term("Trump’s")).isEqualTo("trump");
  }

  @Test
  void textSplitsIntoWordsAndCommonWordsAreLeftOut() {
    assertThat(terms("The White House said: intelligence-sharing is over, at 10.30 in 2017."))
        .containsExactly("white", "hous", "said", "intellig", "share", "over", "10", "30",
            "2017");
    assertThat(terms("a I x")).isEmpty();
    assertThat(terms("rock'n'roll o’clock DON'T")).containsExactly("rocknrol", "oclock", "dont");
    assertThat(terms("日本語 ΣΊΣΥΦΟΣ")).containsExactly("日本語", "σισυφος");
    assertThat(terms("x".repeat(41) + " ok")).containsExactly("ok");
  }

  @ParameterizedTest
  @CsvSource({"caresses,caress", "ponies,poni", "ties,ti", "caress,caress", "cats,cat",
      "feed,feed", "agreed,agre", "plastered,plaster", "bled,bled", "motoring,motor",
      "sing,sing", "conflated,conflat", "troubled,troubl", "sized,size", "hopping,hop",
      "tanned,tan", "falling,fall", "hissing,hiss", "fizzed,fizz", "failing,fail",
      "filing,file", "happy,happi", "sky,sky", "relational,relat", "conditional,condit",
      "rational,ration", "valenci,valenc", "digitizer,digit", "conformabli,conform",
      "radicalli,radic", "differentli,differ", "vileli,vile", "analogousli,analog",
      "vietnamization,vietnam", "predication,predic", "operator,oper", "feudalism,feudal",
      "decisiveness,decis", "hopefulness,hope", "callousness,callous", "formaliti,formal",
      "sensitiviti,sensit", "sensibiliti,sensibl", "triplicate,triplic", "formative,form",
      "formalize,formal", "electriciti,electr", "electrical,electr", "hopeful,hope",
      "goodness,good", "revival,reviv", "allowance,allow", "inference,infer",
      "airliner,airlin", "gyroscopic,gyroscop", "adjustable,adjust", "defensible,defens",
      "irritant,irrit", "replacement,replac", "adjustment,adjust", "dependent,depend",
      "adoption,adopt", "homologou,homolog", "communism,commun", "activate,activ",
      "angulariti,angular", "homologous,homolog", "effective,effect", "bowdlerize,bowdler",
      "probate,probat", "rate,rate", "cease,ceas", "controll,control", "roll,roll",
      "generalizations,gener", "oscillators,oscil"})
  void porterStemsAsPublished(String word, String stem) {
    assertThat(PorterStemmer.stem(word)).isEqualTo(stem);
  }

  @Test
  void varintsRoundTripAndStayShort() {
    StringBuilder sb = new StringBuilder();
    long[] values = {0, 1, 31, 32, 1023, 1024, 32767, 32768, 1_000_000, Integer.MAX_VALUE};
    for (long v : values) {
      Varint.append(sb, v);
    }
    assertThat(Varint.decode(sb.toString())).containsExactly(values);
    StringBuilder one = new StringBuilder();
    Varint.append(one, 31);
    StringBuilder three = new StringBuilder();
    Varint.append(three, 32767);
    assertThat(one).hasSize(1);
    assertThat(three).hasSize(3);
    assertThat(sb.toString()).matches("[0-9a-zA-Z_-]+");
  }
}
