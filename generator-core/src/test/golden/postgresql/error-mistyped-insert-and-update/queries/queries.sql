-- name: InsertTimestampIntoBigint :exec
INSERT INTO orders (user_id) VALUES (now());

-- name: SetBooleanToText :exec
UPDATE posts SET title = true WHERE id = $1;
