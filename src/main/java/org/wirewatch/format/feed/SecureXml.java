package org.wirewatch.format.feed;

import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.JDOMParseException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.wirewatch.format.FeedParseException;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * Reads feed bytes into a JDOM document with a parser that cannot be turned against the machine: no
 * external entities, no DTD fetching, entity expansion bounded (a billion-laughs document is
 * refused). Internal DTDs are still allowed because real RSS 0.91 feeds carry one. The encoding
 * comes from {@link XmlCharsets}; a document that is not well-formed is read again after {@link
 * XmlRepairs}, and what was repaired is reported.
 */
final class SecureXml {
  /** Far above what any real feed uses, far below what a bomb needs. */
  private static final String ENTITY_EXPANSION_LIMIT = "2000";

  private static final String ORACLE_PROPERTIES = "http://www.oracle.com/xml/jaxp/properties/";

  private SecureXml() {}

  /** A document and what had to be repaired to read it (nothing, for a well-formed one). */
  record Read(Document document, List<String> repairs) {
    Read {
      repairs = List.copyOf(repairs);
    }
  }

  static Document read(byte[] body, String contentType) throws FeedParseException {
    return readReporting(body, contentType).document();
  }

  static Read readReporting(byte[] body, String contentType) throws FeedParseException {
    XmlCharsets.Decoded text = XmlCharsets.decode(body, contentType);
    Read read = build(text.text());
    if (text.repair() == null) {
      return read;
    }
    List<String> repairs = new ArrayList<>(read.repairs());
    repairs.add(0, text.repair());
    return new Read(read.document(), repairs);
  }

  private static Read build(String text) throws FeedParseException {
    String xml = stripLeadingJunk(text);
    try {
      return new Read(strict(xml), List.of());
    } catch (FeedParseException first) {
      if (first.getMessage().contains("entity expansion")) {
        throw first;
      }
      XmlRepairs.Result repaired = XmlRepairs.repair(xml);
      if (repaired.repairs().isEmpty()) {
        throw first;
      }
      try {
        return new Read(strict(repaired.xml()), repaired.repairs());
      } catch (FeedParseException second) {
        throw first;
      }
    }
  }

  private static Document strict(String xml) throws FeedParseException {
    SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
    builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
    builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    builder.setProperty(ORACLE_PROPERTIES + "entityExpansionLimit", ENTITY_EXPANSION_LIMIT);
    builder.setProperty(ORACLE_PROPERTIES + "totalEntitySizeLimit", "100000");
    builder.setProperty(ORACLE_PROPERTIES + "maxGeneralEntitySizeLimit", "20000");
    builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    builder.setExpandEntities(true);
    try (Reader in = new XmlFixerReader(new StringReader(xml))) {
      return builder.build(in);
    } catch (JDOMParseException e) {
      throw new FeedParseException(where(e) + describe(e), e);
    } catch (JDOMException | IOException e) {
      throw new FeedParseException("not well-formed XML: " + describe(e), e);
    }
  }

  /** Whitespace before the prolog is a fatal XML error real feeds commit; tolerate it. */
  private static String stripLeadingJunk(String text) {
    int i = 0;
    while (i < text.length()
        && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\uFEFF')) {
      i++;
    }
    return text.substring(i);
  }

  private static String where(JDOMParseException e) {
    return e.getLineNumber() > 0
        ? "not well-formed XML at line "
            + e.getLineNumber()
            + ", column "
            + e.getColumnNumber()
            + ": "
        : "not well-formed XML: ";
  }

  private static String describe(Exception e) {
    Throwable cause = e.getCause() instanceof SAXParseException s ? s : e;
    String message = cause.getMessage() == null ? cause.toString() : cause.getMessage();
    if (message.contains("JAXP0001") || message.contains("entity expansion")) {
      return "entity expansion beyond the safe limit (a billion-laughs document?): " + message;
    }
    return message;
  }
}
