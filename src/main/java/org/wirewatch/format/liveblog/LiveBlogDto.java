package org.wirewatch.format.liveblog;

import java.util.List;

/**
 * One LiveBlogPosting as written: its headline and its update entries in document order.
 *
 * @param headline the blog's headline or name, or {@code null}
 * @param updates the entries that could be read
 * @param problems entries that could not, in words
 */
record LiveBlogDto(String headline, List<BlogPostingDto> updates, List<String> problems) {
  LiveBlogDto {
    updates = List.copyOf(updates);
    problems = List.copyOf(problems);
  }
}
