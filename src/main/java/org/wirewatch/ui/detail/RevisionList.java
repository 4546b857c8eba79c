package org.wirewatch.ui.detail;

import java.util.List;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.model.Revision;
import org.wirewatch.model.TimelineEntry;
import org.wirewatch.ui.DisplayTime;

/**
 * Every earlier version of an edited update, newest first: when each was replaced and what the edit
 * changed, so a reader can say "corrected at 18:12, the death toll was 12 before". Long unchanged
 * stretches are folded to keep a many-times-edited summary readable.
 */
final class RevisionList {
  /** Unchanged words kept on each side of a change. */
  private static final int CONTEXT = 5;

  private RevisionList() {}

  static String html(TimelineEntry entry, DisplayTime time) {
    List<Revision> revisions = entry.revisions();
    if (revisions.size() < 2) {
      return ""; // the one edit is shown in full above
    }
    StringBuilder out =
        new StringBuilder("<section class=\"versions\"><h2>Every version</h2><ol reversed>");
    for (int i = revisions.size() - 1; i >= 0; i--) {
      Revision older = revisions.get(i);
      LiveUpdate newer = i + 1 < revisions.size() ? revisions.get(i + 1).update() : entry.update();
      out.append("<li><p class=\"label\">Edited at ")
          .append(DetailHtml.escape(time.clock(older.replacedAt())))
          .append("</p>")
          .append(change(older.update(), newer))
          .append("</li>");
    }
    LiveUpdate first = revisions.get(0).update();
    out.append("<li><p class=\"label\">First published</p><p>")
        .append(DetailHtml.escape(first.headline()))
        .append("</p></li></ol></section>");
    return out.toString();
  }

  private static String change(LiveUpdate before, LiveUpdate after) {
    StringBuilder out = new StringBuilder();
    if (!before.headline().equals(after.headline())) {
      out.append("<p class=\"headline-diff\"><del>")
          .append(DetailHtml.escape(before.headline()))
          .append("</del> → <ins>")
          .append(DetailHtml.escape(after.headline()))
          .append("</ins></p>");
    }
    if (!before.text().equals(after.text())) {
      out.append("<p class=\"text-diff\">")
          .append(folded(WordDiff.diff(before.text(), after.text())));
      out.append("</p>");
    }
    if (out.length() == 0) {
      out.append("<p class=\"label\">Only the formatting, link, credit or priority changed.</p>");
    }
    return out.toString();
  }

  private static String folded(List<WordDiff.Part> parts) {
    StringBuilder out = new StringBuilder();
    for (int p = 0; p < parts.size(); p++) {
      WordDiff.Part part = parts.get(p);
      String text = part.text();
      switch (part.kind()) {
        case REMOVED -> out.append("<del>").append(DetailHtml.escape(text)).append("</del> ");
        case ADDED -> out.append("<ins>").append(DetailHtml.escape(text)).append("</ins> ");
        case SAME ->
            out.append(DetailHtml.escape(fold(text, p > 0, p < parts.size() - 1))).append(' ');
      }
    }
    return out.toString().strip();
  }

  // Keeps a few words next to the changes on either side; the middle becomes an ellipsis.
  static String fold(String same, boolean changeBefore, boolean changeAfter) {
    String[] words = same.strip().split("\\s+");
    int keepHead = changeBefore ? CONTEXT : 0;
    int keepTail = changeAfter ? CONTEXT : 0;
    if (words.length <= keepHead + keepTail + 2) {
      return same.strip();
    }
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < keepHead; i++) {
      b.append(words[i]).append(' ');
    }
    b.append('…');
    for (int i = words.length - keepTail; i < words.length; i++) {
      b.append(' ').append(words[i]);
    }
    return b.toString().strip();
  }
}
