package org.wirewatch.format.html;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.regex.Pattern;

/**
 * Resolves a link against a document's URL exactly as jsoup 1.21's {@code Node.absUrl} does ({@code
 * StringUtil.resolve}), at a fraction of the cost: jsoup strips control characters with a regular
 * expression that matches at every position, twice per link, and parses the base URL again for
 * every link; here the strip happens only when there is a control character, and the base is parsed
 * once while it stays the same. {@code LinkResolverTest} compares the two over hostile and ordinary
 * links, so a jsoup upgrade that changes its rules shows up there. Thread-safe.
 */
final class LinkResolver {
  // jsoup's own patterns (org.jsoup.internal.StringUtil)
  private static final Pattern EXTRA_DOT_SEGMENTS = Pattern.compile("^/(?>(?>\\.\\.?/)+)");
  private static final Pattern VALID_URI_SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+-.]*:");

  /** A base URL as given, stripped, and parsed ({@code null} when it does not parse). */
  private record Base(String given, URL parsed) {}

  private volatile Base last = new Base(null, null);

  /**
   * @return {@code rel} made absolute against {@code base}; empty when it cannot be, and is not a
   *     URL with a scheme of its own
   */
  String resolve(String base, String rel) {
    String relUrl = stripControlChars(rel);
    try {
      URL parsed = parsedBase(base);
      if (parsed == null) {
        return new URL(relUrl).toExternalForm();
      }
      return resolve(parsed, relUrl).toExternalForm();
    } catch (MalformedURLException e) {
      return VALID_URI_SCHEME.matcher(relUrl).find() ? relUrl : "";
    }
  }

  private URL parsedBase(String base) {
    Base known = last;
    if (base.equals(known.given())) {
      return known.parsed();
    }
    URL parsed;
    try {
      parsed = new URL(stripControlChars(base));
    } catch (MalformedURLException e) {
      parsed = null;
    }
    last = new Base(base, parsed);
    return parsed;
  }

  // as StringUtil.resolve(URL, String), given a stripped relUrl
  private static URL resolve(URL base, String relUrl) throws MalformedURLException {
    if (relUrl.startsWith("?")) {
      relUrl = base.getPath() + relUrl;
    }
    URL url = new URL(base, relUrl);
    String file = url.getFile();
    String fixed =
        file.startsWith("/./") || file.startsWith("/../")
            ? EXTRA_DOT_SEGMENTS.matcher(file).replaceFirst("/")
            : file;
    if (url.getRef() != null) {
      fixed = fixed + "#" + url.getRef();
    }
    return new URL(url.getProtocol(), url.getHost(), url.getPort(), fixed);
  }

  /** Without U+0000 to U+001F, as jsoup's {@code [\x00-\x1f]*} replaced by nothing. */
  static String stripControlChars(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) > 0x1f) {
      i++;
    }
    if (i == s.length()) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    b.append(s, 0, i);
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c > 0x1f) {
        b.append(c);
      }
    }
    return b.toString();
  }
}
