package dev.broadsheet.xml;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlDocumentTest {

  @Test
  void aDocumentHasItsDeclarationAndBodyOnLinesOfTheirOwnAndEndsWithANewline() {
    byte[] xml = XmlDocument.of(w -> {
      w.writeStartElement("feed");
      w.writeCharacters("Front page");
      w.writeEndElement();
    });

    assertThat(new String(xml, StandardCharsets.UTF_8)).isEqualTo(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed>Front page</feed>\n");
  }

  @Test
  void textAndAttributesAreEscapedAndEncodedAsUtf8() {
    byte[] xml = XmlDocument.of(w -> {
      w.writeStartElement("title");
      w.writeAttribute("href", "/search?q=a&b=\"c\"");
      w.writeCharacters("Café <b>owners</b> & unions");
      w.writeEndElement();
    });

    assertThat(new String(xml, StandardCharsets.UTF_8))
        .contains("href=\"/search?q=a&amp;b=&quot;c&quot;\"")
        .contains(">Café &lt;b&gt;owners&lt;/b&gt; &amp; unions</title>");
    assertThat(xml).containsSequence("Caf\u00c3\u00a9".getBytes(StandardCharsets.ISO_8859_1));
  }

  @Test
  void aBodyTheWriterRefusesIsAnError() {
    assertThatThrownBy(() -> XmlDocument.of(w -> w.writeAttribute("stray", "no element")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot write XML:");
  }
}
