package org.wirewatch.format.feed;

import com.rometools.rome.io.XmlReader;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * comes from the BOM, the XML prolog and the HTTP charset, as Rome's {@link XmlReader} decides;
 * HTML entities such as {@code &nbsp;} that XML does not define are repaired first, as feed readers
 * do.
 */
final class SecureXml {
  /** Far above what any real feed uses, far below what a bomb needs. */
  private static final String ENTITY_EXPANSION_LIMIT = "2000";

  private static final String ORACLE_PROPERTIES = "http://www.oracle.com/xml/jaxp/properties/";

  private SecureXml() {}

  static Document read(byte[] body, String contentType) throws FeedParseException {
    String text = decode(body, contentType);
    return build(text);
  }

  private static String decode(byte[] body, String contentType) throws FeedParseException {
    try (Reader reader =
        new XmlReader(
            new ByteArrayInputStream(body), contentType == null ? "" : contentType, true)) {
      StringBuilder out = new StringBuilder(body.length);
      char[] buffer = new char[8192];
      for (int n; (n = reader.read(buffer)) > 0; ) {
        out.append(buffer, 0, n);
      }
      return out.toString();
    } catch (IOException e) {
      throw new FeedParseException("cannot decode the document's characters: " + e.getMessage(), e);
    }
  }

  private static Document build(String text) throws FeedParseException {
    String xml = stripLeadingJunk(text);
    try {
      return strict(xml);
    } catch (FeedParseException first) {
      if (first.getMessage().contains("entity expansion")) {
        throw first;
      }
      String repaired = repairCommonSlips(xml);
      if (repaired.equals(xml)) {
        throw first;
      }
      try {
        return strict(repaired);
      } catch (FeedParseException second) {
        throw first;
      }
    }
  }

  private static final Pattern UPPERCASE_HEX_REFERENCE = Pattern.compile("&#X([0-9A-Fa-f]+);");
  private static final Pattern UNDEFINED_ENTITY =
      Pattern.compile("&(?!(?:amp|lt|gt|quot|apos|#\\d+|#x[0-9A-Fa-f]+);)([A-Za-z][\\w.-]*);");
  private static final Pattern UNCLOSED_LAST_TAG = Pattern.compile("</([\\w:.-]+)\\s*$");

  /**
   * Slips a publisher makes that leave the meaning plain, repaired only after a strict parse
   * failed: {@code &#X41;} (XML wants a lower-case x), an entity no DTD declares (kept as text, as
   * feed readers show it), and a last end tag cut off before its {@code >}. A document with a DTD
   * is never touched, so declared entities and their limits stay in force.
   */
  static String repairCommonSlips(String xml) {
    if (xml.contains("<!DOCTYPE")) {
      return xml;
    }
    String out = UPPERCASE_HEX_REFERENCE.matcher(xml).replaceAll("&#x$1;");
    out = UNDEFINED_ENTITY.matcher(out).replaceAll("&amp;$1;");
    Matcher unclosed = UNCLOSED_LAST_TAG.matcher(out);
    if (unclosed.find()) {
      out = out.substring(0, unclosed.end()).stripTrailing() + ">";
    }
    return out;
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
