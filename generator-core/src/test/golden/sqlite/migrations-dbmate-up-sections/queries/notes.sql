-- name: ListNotes :many
SELECT id, title, body FROM notes ORDER BY id;
