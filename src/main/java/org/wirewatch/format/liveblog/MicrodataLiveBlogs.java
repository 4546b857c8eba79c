package org.wirewatch.format.liveblog;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;

/**
 * The LiveBlogPostings a page writes as microdata or RDFa, read into the same DTOs as JSON-LD: each
 * {@code liveBlogUpdate} item with its {@code headline}, {@code articleBody} (its HTML, so links
 * and paragraphs survive sanitizing), {@code datePublished}, {@code dateModified}, {@code url},
 * {@code author} and {@code keywords}.
 */
final class MicrodataLiveBlogs {
  private MicrodataLiveBlogs() {}

  static List<LiveBlogDto> read(Document page) {
    List<LiveBlogDto> blogs = new ArrayList<>();
    for (PageItems.Item item : PageItems.ofType(page, "LiveBlogPosting")) {
      blogs.add(blog(item));
    }
    return blogs;
  }

  private static LiveBlogDto blog(PageItems.Item blog) {
    List<BlogPostingDto> updates = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Object> entries = blog.all("liveBlogUpdate");
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) instanceof PageItems.Item update) {
        updates.add(posting(update));
      } else {
        problems.add("microdata liveBlogUpdate[" + i + "] is not an item (no itemscope); skipped");
      }
    }
    return new LiveBlogDto(blog.text("headline", "name"), updates, problems);
  }

  private static BlogPostingDto posting(PageItems.Item u) {
    String url = u.text("url");
    return new BlogPostingDto(
        u.id(),
        url,
        u.text("headline", "name"),
        body(u),
        u.text("datePublished", "dateCreated", "uploadDate"),
        u.text("dateModified"),
        names(u.all("author").isEmpty() ? u.all("creator") : u.all("author")),
        keywords(u));
  }

  private static String body(PageItems.Item u) {
    for (String name : new String[] {"articleBody", "text", "description"}) {
      PageItems.Value v = u.value(name);
      if (v != null && !v.text().isBlank()) {
        return v.html() != null ? v.html() : v.text();
      }
    }
    return null;
  }

  private static List<String> names(List<Object> values) {
    List<String> out = new ArrayList<>();
    for (Object o : values) {
      String name =
          o instanceof PageItems.Item person
              ? person.text("name")
              : ((PageItems.Value) o).text().strip();
      if (name != null && !name.isBlank()) {
        out.add(name);
      }
    }
    return out;
  }

  private static List<String> keywords(PageItems.Item u) {
    List<String> out = new ArrayList<>();
    for (Object o : u.all("keywords")) {
      if (o instanceof PageItems.Value v) {
        for (String part : v.text().split(",")) {
          if (!part.isBlank()) {
            out.add(part.strip());
          }
        }
      }
    }
    return out;
  }
}
