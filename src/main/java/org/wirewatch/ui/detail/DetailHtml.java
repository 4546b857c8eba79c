package org.wirewatch.ui.detail;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.wirewatch.format.html.HtmlSanitizer;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;

/**
 * The document the detail WebView loads: the update's sanitized body, cleaned once more (the view
 * must stay safe even if a parser let something through), locked down by a Content Security Policy,
 * styled for the theme, and followed by what the last edit changed.
 */
public final class DetailHtml {
  /** Colours of the user stylesheet, so the body follows the light or dark theme. */
  public record Palette(String background, String text, String muted, String link, String accent) {
    public static final Palette LIGHT =
        new Palette("#ffffff", "#1f2328", "#59636e", "#0550ae", "#cf222e");
    public static final Palette DARK =
        new Palette("#0d1117", "#e6edf3", "#9198a1", "#4493f8", "#f85149");
  }

  private static final HtmlSanitizer SANITIZER = new HtmlSanitizer();

  private DetailHtml() {}

  public static String render(
      TimelineEntry entry, boolean allowImages, Palette palette, DisplayTime time, double fontPx) {
    StringBuilder html = new StringBuilder(2048);
    String csp =
        allowImages
            ? "default-src 'none'; img-src https: http:; style-src 'unsafe-inline'"
            : "default-src 'none'; img-src 'none'; style-src 'unsafe-inline'";
    html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"")
        .append(csp)
        .append("\"><style>")
        .append(css(palette, fontPx))
        .append("</style></head><body>");
    LiveUpdate update = entry.update();
    if (entry.withdrawn()) {
      html.append("<p class=\"withdrawn\">Withdrawn by the source at ")
          .append(escape(time.clock(entry.withdrawnAt())))
          .append("</p>");
    }
    html.append("<article>").append(body(update, allowImages)).append("</article>");
    if (entry.edited()) {
      html.append(changes(entry, time));
      html.append(RevisionList.html(entry, time));
    }
    html.append("</body></html>");
    return html.toString();
  }

  /** The body, cleaned; images become a placeholder unless the reader allowed them. */
  static String body(LiveUpdate update, boolean allowImages) {
    if (update.html() == null || update.html().isBlank()) {
      StringBuilder out = new StringBuilder();
      for (String para : update.text().split("\\n\\s*\\n|\\n")) {
        if (!para.isBlank()) {
          out.append("<p>").append(escape(para.strip())).append("</p>");
        }
      }
      return out.toString();
    }
    // Cleaned once more with the format layer's own policy (one allow-list, not two), in case a
    // parser let something through; then images are blocked unless the reader allowed them.
    Document doc = Jsoup.parseBodyFragment(SANITIZER.sanitize(update.html(), ""));
    if (!allowImages) {
      for (Element img : doc.select("img")) {
        String alt = img.attr("alt");
        img.replaceWith(
            new Element("span")
                .addClass("img-blocked")
                .text(alt.isBlank() ? "[image]" : "[image: " + alt + "]"));
      }
    }
    doc.outputSettings().prettyPrint(false);
    return doc.body().html();
  }

  private static String changes(TimelineEntry entry, DisplayTime time) {
    LiveUpdate before = entry.previous();
    LiveUpdate after = entry.update();
    StringBuilder out = new StringBuilder("<section class=\"changes\"><h2>Edited");
    if (entry.editTime() != null) {
      out.append(" at ").append(escape(time.clock(entry.editTime())));
    }
    int count = entry.revisions().size();
    out.append(count > 1 ? " (" + count + " earlier versions)" : "").append("</h2>");
    if (!before.headline().equals(after.headline())) {
      out.append("<p class=\"label\">Headline</p><p class=\"headline-diff\"><del>")
          .append(escape(before.headline()))
          .append("</del><br><ins>")
          .append(escape(after.headline()))
          .append("</ins></p>");
    }
    if (!before.text().equals(after.text())) {
      out.append("<p class=\"label\">Text</p><p class=\"text-diff\">");
      List<WordDiff.Part> parts = WordDiff.diff(before.text(), after.text());
      for (WordDiff.Part part : parts) {
        String text = escape(part.text());
        switch (part.kind()) {
          case SAME -> out.append(text).append(' ');
          case REMOVED -> out.append("<del>").append(text).append("</del> ");
          case ADDED -> out.append("<ins>").append(text).append("</ins> ");
        }
      }
      out.append("</p>");
    }
    if (before.headline().equals(after.headline()) && before.text().equals(after.text())) {
      out.append("<p class=\"label\">Only the formatting, link, credit or priority changed.</p>");
    }
    return out.append("</section>").toString();
  }

  private static String css(Palette p, double fontPx) {
    return "html,body{margin:0;padding:0;background:"
        + p.background()
        + ";color:"
        + p.text()
        + ";}body{font-family:'Source Serif Pro',Georgia,'DejaVu Serif',serif;font-size:"
        + Math.round(fontPx * 1.1)
        + "px;line-height:1.55;padding:0.2em 1.2em 2em 1.2em;max-width:46em;}"
        + "a{color:"
        + p.link()
        + ";}p{margin:0 0 0.8em 0;}blockquote{border-left:3px solid "
        + p.muted()
        + ";margin:0 0 0.8em 0;padding-left:0.8em;color:"
        + p.muted()
        + ";}.img-blocked{color:"
        + p.muted()
        + ";font-style:italic;font-size:0.85em;}img{max-width:100%;height:auto;}"
        + ".withdrawn{color:"
        + p.accent()
        + ";font-weight:bold;}.changes{border-top:1px solid "
        + p.muted()
        + ";margin-top:1.5em;padding-top:0.6em;font-family:sans-serif;font-size:0.9em;}"
        + ".changes h2{font-size:1em;text-transform:uppercase;letter-spacing:0.05em;color:"
        + p.muted()
        + ";}.label{color:"
        + p.muted()
        + ";margin:0.6em 0 0.2em 0;font-size:0.85em;}del{color:"
        + p.accent()
        + ";text-decoration:line-through;}ins{text-decoration:none;background:rgba(46,160,67,0.25);}";
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
