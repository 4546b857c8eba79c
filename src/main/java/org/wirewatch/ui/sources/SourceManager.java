package org.wirewatch.ui.sources;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletionStage;
import org.wirewatch.model.LiveUpdate;
import org.wirewatch.source.OpmlImport;
import org.wirewatch.source.SourceConfig;

/**
 * What the sources editor may ask of the app. Every method returns at once; the work runs in the
 * background and each stage completes on the FX thread, so the editor never waits on I/O.
 */
public interface SourceManager {

  /** The sources as configured now. */
  List<SourceConfig> sources();

  /** Fetches and parses {@code candidate} once, without adding anything to the timeline. */
  CompletionStage<ProbeResult> test(SourceConfig candidate);

  /** Saves the list to the sources file and restarts polling with it. */
  CompletionStage<Void> apply(List<SourceConfig> sources);

  /** Reads an OPML subscription list. */
  CompletionStage<OpmlImport.Result> importOpml(Path file);

  /**
   * What one test fetch found.
   *
   * @param count how many updates the document held
   * @param firstThree the newest three, for the user to check time, headline and credit
   * @param error why it failed, or {@code null} on success
   * @param feeds the feeds the fetched page advertises (a page URL was pasted), first the one the
   *     count and updates came from; empty for a feed
   */
  record ProbeResult(
      int count,
      List<LiveUpdate> firstThree,
      String error,
      List<org.wirewatch.format.FeedLink> feeds) {
    public ProbeResult {
      firstThree = List.copyOf(firstThree);
      feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }

    public ProbeResult(int count, List<LiveUpdate> firstThree, String error) {
      this(count, firstThree, error, null);
    }

    public static ProbeResult failed(String error) {
      return new ProbeResult(0, List.of(), error);
    }

    public boolean ok() {
      return error == null;
    }
  }
}
