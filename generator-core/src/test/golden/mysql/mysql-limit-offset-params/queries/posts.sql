-- name: PagePosts :many
SELECT id, title FROM posts ORDER BY id LIMIT ? OFFSET ?;

-- name: PagePostsComma :many
SELECT id, title FROM posts ORDER BY id LIMIT ?, ?;

-- name: FirstPosts :many
SELECT id, title FROM posts ORDER BY id LIMIT ?;
