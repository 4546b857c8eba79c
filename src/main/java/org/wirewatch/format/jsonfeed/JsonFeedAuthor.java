package org.wirewatch.format.jsonfeed;

/** A JSON Feed author object ({@code author} in 1.0, each of {@code authors} in 1.1). */
record JsonFeedAuthor(String name, String url) {}
