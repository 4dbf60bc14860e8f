package io.sitrep.spark;

import java.io.Serializable;

/**
 * One input document as read from the corpus, before cleaning: what moves from the readers to the
 * executors that analyse it.
 *
 * @param id          unique within the run (file URI, JSON Lines "id"/"url", WARC record id)
 * @param content     raw bytes (text or HTML), decoded by the engine's reader
 * @param contentType "text/html", "text/plain", or null to decide from the content and the id
 * @param url         canonical URL when known, else null
 * @param published   publication date (ISO) when the input carries one, else null
 */
public record RawArticle(String id, byte[] content, String contentType, String url, String published)
        implements Serializable {
}
