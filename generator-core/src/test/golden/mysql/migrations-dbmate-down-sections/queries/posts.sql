-- name: ListPosts :many
SELECT * FROM posts ORDER BY id;

-- name: PublishedPosts :many
SELECT slug, headline, body FROM posts WHERE published_at IS NOT NULL;
