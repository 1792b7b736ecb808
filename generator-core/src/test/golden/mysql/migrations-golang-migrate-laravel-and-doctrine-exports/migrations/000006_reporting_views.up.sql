CREATE VIEW article_stats AS
SELECT a.user_id, COUNT(*) AS articles FROM articles a GROUP BY a.user_id;

-- the report wants the latest publication date too
ALTER ALGORITHM=MERGE SQL SECURITY INVOKER VIEW article_stats (user_id, articles, last_published_at) AS
SELECT a.user_id, COUNT(*), MAX(a.published_at) FROM articles a GROUP BY a.user_id;
