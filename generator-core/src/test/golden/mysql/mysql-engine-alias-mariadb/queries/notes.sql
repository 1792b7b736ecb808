-- name: GetNote :one
SELECT id, body FROM notes WHERE id = ?;

-- name: CountNotes :one
SELECT count(*) AS notes FROM notes;
