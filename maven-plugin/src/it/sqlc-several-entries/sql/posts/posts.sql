-- name: ListPosts :many
SELECT * FROM posts WHERE user_id = $1 ORDER BY id;
