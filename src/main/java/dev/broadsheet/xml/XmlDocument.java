package dev.broadsheet.xml;

import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A whole XML document in UTF-8: the declaration on a line of its own, the body a caller
 * writes, and a newline at the end, as a file is expected to have.
 */
public final class XmlDocument {
  /**
   * The JDK's own writer, whatever else is on the class path: the same bytes on every machine.
   * Looking for another ({@code newFactory}) read the class path's service files and linked a
   * dozen method handles, spun as classes at run time, in every rebuild that wrote a sitemap.
   */
  private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

  private XmlDocument() {}

  /** The body of an XML document, given the writer. */
  @FunctionalInterface
  public interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  /** A writer of XML in UTF-8 to {@code out}, for a document written in parts. */
  public static XMLStreamWriter writer(OutputStream out) throws XMLStreamException {
    return XML.createXMLStreamWriter(out, "UTF-8");
  }

  /**
   * The document {@code body} writes, as UTF-8 bytes.
   *
   * @throws IllegalStateException when the writer refuses what the body writes
   */
  public static byte[] of(Body body) {
    // Written as characters and encoded once: the XML writer's own encoder takes a character
    // at a time, each a synchronised write, in a loop the quick compiler sometimes left to the
    // interpreter for a whole build; a full-text feed of 50 articles then took 0.4 s.
    StringWriter out = new StringWriter();
    try {
      XMLStreamWriter w = XML.createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
      w.writeCharacters("\n");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
    }
    out.write('\n');
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }
}
