package io.sitrep.store;

import java.util.List;

/**
 * A story cluster: near-duplicate articles (the same wire story in several outlets).
 *
 * @param id         the story id (the id of its first article)
 * @param title      the first article's title
 * @param articles   articles in the story
 * @param sources    distinct outlets (source name, else URL host) among them
 * @param articleIds its articles, first stored first (at most 1000)
 */
public record Story(long id, String title, String firstPublished, String lastPublished, int articles, int sources,
                    List<Long> articleIds) {
    public Story {
        articleIds = List.copyOf(articleIds);
    }
}
