package org.wirewatch.source;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads the RSS/Atom sources of an OPML subscription list, the format every feed reader exports.
 * The XML parser is locked down: no DTDs, no external entities.
 */
public final class OpmlImport {

  /** The result: the sources found, and the outlines skipped with the reason. */
  public record Result(List<SourceConfig> sources, List<String> skipped) {}

  public Result read(InputStream in) throws IOException {
    Document doc;
    try {
      doc = secureBuilder().parse(in);
    } catch (SAXException e) {
      throw new IOException("not a readable OPML file: " + e.getMessage(), e);
    }
    NodeList outlines = doc.getElementsByTagName("outline");
    List<SourceConfig> sources = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < outlines.getLength(); i++) {
      Element o = (Element) outlines.item(i);
      String xmlUrl = o.getAttribute("xmlUrl").trim();
      if (xmlUrl.isEmpty()) {
        continue; // a folder
      }
      String name =
          o.getAttribute("title").isBlank() ? o.getAttribute("text") : o.getAttribute("title");
      try {
        SourceConfig c = SourceSpec.parse(xmlUrl);
        if (!ids.add(c.id().value())) {
          skipped.add(xmlUrl + ": listed twice");
          continue;
        }
        sources.add(
            new SourceConfig(
                c.id(),
                name.isBlank() ? null : name.trim(),
                URI.create(xmlUrl),
                null,
                null,
                null,
                null,
                true));
      } catch (IllegalArgumentException e) {
        skipped.add(xmlUrl + ": " + e.getMessage());
      }
    }
    return new Result(sources, skipped);
  }

  private static DocumentBuilder secureBuilder() throws IOException {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      f.setNamespaceAware(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      // The default handler prints to stderr; the exception already says what went wrong.
      builder.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IOException("XML parser cannot be secured", e);
    }
  }
}
