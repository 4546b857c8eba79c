package org.wirewatch.format.jsonfeed;

import com.google.gson.JsonElement;
import com.google.gson.annotations.SerializedName;
import java.util.List;

/**
 * The top level of a JSON Feed as written, before any mapping. {@code items} stays a tree so one
 * bad item can be reported and skipped without losing the others.
 */
record JsonFeedDocument(
    String version,
    String title,
    @SerializedName("home_page_url") String homePageUrl,
    @SerializedName("feed_url") String feedUrl,
    JsonFeedAuthor author,
    List<JsonFeedAuthor> authors,
    JsonElement items) {}
