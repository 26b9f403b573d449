package dev.broadsheet.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Feeds and sitemaps parse: every {@code .xml} file with the JDK's XML parser (no DTDs, so a
 * planted entity cannot reach outside the site), every {@code .json} file with Jackson.
 */
final class DataFileCheck {
  private static final JsonFactory JSON = new JsonFactory();

  private DataFileCheck() {}

  static void xml(String name, Path file, List<Problem> problems) {
    try {
      builder().parse(file.toFile());
    } catch (SAXParseException e) {
      problems.add(new Problem(name, "is not well-formed XML at line " + e.getLineNumber() + ": "
          + e.getMessage()));
    } catch (SAXException | IOException e) {
      problems.add(new Problem(name, "is not well-formed XML: " + e.getMessage()));
    }
  }

  static void json(String name, Path file, List<Problem> problems) {
    try (JsonParser parser = JSON.createParser(file.toFile())) {
      while (parser.nextToken() != null) {
        // Reading every token is the check.
      }
    } catch (IOException e) {
      problems.add(new Problem(name, "is not valid JSON: "
          + e.getMessage().lines().findFirst().orElse("")));
    }
  }

  private static DocumentBuilder builder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setExpandEntityReferences(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // Warnings do not make a file unreadable.
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser supports these features", e);
    }
  }
}
