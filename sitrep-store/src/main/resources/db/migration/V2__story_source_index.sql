-- Counting a story's distinct outlets (NumSources) reads only this index, not the article rows with their text.
CREATE INDEX article_story_source ON article (story_id, source_key);
DROP INDEX article_story;
