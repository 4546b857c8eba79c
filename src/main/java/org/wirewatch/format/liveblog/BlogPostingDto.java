package org.wirewatch.format.liveblog;

import java.util.List;

/**
 * One {@code liveBlogUpdate} entry (a BlogPosting or NewsArticle) as written, before any mapping.
 * Every field may be {@code null}; lists are never {@code null}.
 */
record BlogPostingDto(
    String id,
    String url,
    String headline,
    String articleBody,
    String datePublished,
    String dateModified,
    List<String> authors,
    List<String> keywords) {
  BlogPostingDto {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
  }
}
