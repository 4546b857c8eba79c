package org.wirewatch.format.jsonfeed;

import com.google.gson.annotations.SerializedName;
import java.util.List;

/** One JSON Feed item as written (1.0 and 1.1 fields), before any mapping. */
record JsonFeedItem(
    String id,
    String url,
    @SerializedName("external_url") String externalUrl,
    String title,
    @SerializedName("content_html") String contentHtml,
    @SerializedName("content_text") String contentText,
    String summary,
    @SerializedName("date_published") String datePublished,
    @SerializedName("date_modified") String dateModified,
    JsonFeedAuthor author,
    List<JsonFeedAuthor> authors,
    List<String> tags,
    @SerializedName("_wirewatch") WirewatchExtension wirewatch) {}
