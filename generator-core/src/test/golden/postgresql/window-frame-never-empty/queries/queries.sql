-- name: FirstTitleOfAuthor :many
SELECT id, first_value(title) OVER (PARTITION BY author_id ORDER BY published_at) AS first_title FROM posts;

-- name: LastValueSoFar :many
SELECT id, last_value(view_count) OVER (ORDER BY id) AS latest_views FROM posts;
