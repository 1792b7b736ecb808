-- name: GetWriterName :one
SELECT id, name FROM writer_names WHERE id = $1;

-- name: ListBios :many
SELECT id, bio FROM reporting.author_bios ORDER BY id;
