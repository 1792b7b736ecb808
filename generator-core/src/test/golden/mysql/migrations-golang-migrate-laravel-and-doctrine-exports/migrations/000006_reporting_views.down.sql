DROP VIEW article_stats;
