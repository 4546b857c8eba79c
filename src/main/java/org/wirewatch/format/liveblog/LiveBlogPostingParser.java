package org.wirewatch.format.liveblog;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.wirewatch.format.BodyText;
import org.wirewatch.format.FeedFormat;
import org.wirewatch.format.FeedParseException;
import org.wirewatch.format.FeedParser;
import org.wirewatch.format.JsonDocuments;
import org.wirewatch.format.ParseContext;
import org.wirewatch.format.html.HtmlSanitizer;
import org.wirewatch.format.time.DateTimeParser;
import org.wirewatch.model.FeedSnapshot;
import org.wirewatch.model.LiveUpdate;

/**
 * Reads schema.org <a href="https://schema.org/LiveBlogPosting">LiveBlogPosting</a> JSON-LD, from
 * a JSON-LD document or from the {@code <script type="application/ld+json">} blocks of an HTML page.
 *
 * <p>Every LiveBlogPosting counts, wherever it sits: a single object, a top-level array, an {@code
 * @graph}, or nested in another node; {@code @type} may be a string or an array. Each {@code
 * liveBlogUpdate} entry (one object or an array; usually a BlogPosting or NewsArticle) becomes an
 * update: {@code @id} (else {@code url}, else a hash of date and headline) is the id, {@code
 * headline}, {@code articleBody} (sanitized when a publisher put HTML in it), {@code
 * datePublished}, {@code dateModified}, {@code url}, {@code author} (a string, an object with a
 * {@code name}, or an array of either; names joined with ", ") and {@code keywords} as tags (a
 * {@code breaking} keyword makes it breaking). Coverage times and other properties are ignored.
 *
 * <p>One broken script block does not spoil a page whose other blocks are fine (the breakage is
 * named in {@link FeedSnapshot#problems()}); a page with no usable LiveBlogPosting throws {@link
 * FeedParseException} saying why, block by block.
 */
public final class LiveBlogPostingParser implements FeedParser {
  private final BlogPostingMapper mapper;

  /** A parser with the standard date reader and sanitizer. */
  public LiveBlogPostingParser() {
    this(new DateTimeParser(), HtmlSanitizer.forParsers());
  }

  public LiveBlogPostingParser(DateTimeParser dates, HtmlSanitizer sanitizer) {
    this.mapper = new BlogPostingMapper(dates, sanitizer);
  }

  @Override
  public FeedFormat format() {
    return FeedFormat.LIVE_BLOG_POSTING;
  }

  @Override
  public FeedSnapshot parse(byte[] body, ParseContext context) throws FeedParseException {
    String text = BodyText.decodeJson(body, context.contentType());
    String start = text.stripLeading();
    if (start.startsWith("\uFEFF")) {
      start = start.substring(1).stripLeading();
    }
    return start.startsWith("<") ? fromPage(body, context) : fromJson(text, context);
  }

  private FeedSnapshot fromJson(String text, ParseContext context) throws FeedParseException {
    JsonElement root = JsonDocuments.read(text, "the JSON-LD document", false);
    JsonLdNodes nodes = new JsonLdNodes(root);
    if (nodes.liveBlogs().isEmpty()) {
      throw new FeedParseException(
          "no LiveBlogPosting in the JSON-LD document (no node has \"@type\": \"LiveBlogPosting\")");
    }
    return snapshot(List.of(nodes), List.of("the document"), new ArrayList<>(), context);
  }

  private FeedSnapshot fromPage(byte[] body, ParseContext context) throws FeedParseException {
    org.jsoup.nodes.Document page =
        JsonLdScripts.page(body, context.contentType(), context.baseUri());
    List<JsonLdScripts.Block> blocks = JsonLdScripts.find(page);
    List<LiveBlogDto> marked = MicrodataLiveBlogs.read(page);
    if (blocks.isEmpty() && marked.isEmpty()) {
      throw new FeedParseException(
          "no LiveBlogPosting on this page: it has no <script type=\"application/ld+json\"> block"
              + " and no LiveBlogPosting in microdata or RDFa");
    }
    List<JsonLdNodes> found = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> broken = new ArrayList<>();
    List<String> without = new ArrayList<>();
    for (JsonLdScripts.Block block : blocks) {
      try {
        JsonLdNodes nodes =
            new JsonLdNodes(JsonDocuments.read(block.json(), block.describe(), true));
        if (nodes.liveBlogs().isEmpty()) {
          without.add(block.describe());
        } else {
          found.add(nodes);
          names.add(block.describe());
        }
      } catch (FeedParseException e) {
        broken.add(e.getMessage());
      }
    }
    if (found.isEmpty() && !marked.isEmpty()) {
      // JSON-LD first when a page has both: it is what the publisher wrote for machines.
      return snapshot(List.of(), List.of(), broken, context, marked);
    }
    if (found.isEmpty()) {
      List<String> why = new ArrayList<>(broken);
      if (!without.isEmpty()) {
        why.add(String.join(", ", without) + ": no LiveBlogPosting");
      }
      throw new FeedParseException(
          "no usable LiveBlogPosting on this page ("
              + blocks.size()
              + " JSON-LD blocks): "
              + String.join("; ", why));
    }
    return snapshot(found, names, broken, context, List.of());
  }

  private FeedSnapshot snapshot(
      List<JsonLdNodes> sources, List<String> where, List<String> problems, ParseContext context)
      throws FeedParseException {
    return snapshot(sources, where, problems, context, List.of());
  }

  private FeedSnapshot snapshot(
      List<JsonLdNodes> sources,
      List<String> where,
      List<String> problems,
      ParseContext context,
      List<LiveBlogDto> fromMarkup)
      throws FeedParseException {
    List<LiveBlogDto> blogs = new ArrayList<>();
    for (int s = 0; s < sources.size(); s++) {
      JsonLdNodes nodes = sources.get(s);
      for (JsonObject blog : nodes.liveBlogs()) {
        blogs.add(LiveBlogReader.read(blog, nodes, "LiveBlogPosting in " + where.get(s)));
      }
    }
    blogs.addAll(fromMarkup);
    String title = null;
    List<LiveUpdate> updates = new ArrayList<>();
    for (LiveBlogDto dto : blogs) {
      problems.addAll(dto.problems());
      if (title == null) {
        title = dto.headline();
      }
      for (BlogPostingDto posting : dto.updates()) {
        // A repeated id (pages often render their blog twice) is settled by DuplicateIds.
        updates.add(mapper.toUpdate(posting, context));
      }
    }
    if (updates.isEmpty()) {
      // A live blog with no entries is most often a redesign that moved them out of the markup;
      // failing the poll keeps what is shown and says so, where an empty success would not.
      throw new FeedParseException(
          "the page's layout changed: 0 updates matched (its LiveBlogPosting has no"
              + " liveBlogUpdate entries)"
              + (problems.isEmpty() ? "" : "; " + String.join("; ", problems)));
    }
    return new FeedSnapshot(title, updates, Set.of(), problems);
  }
}
