-- name: GetNote :one
SELECT * FROM notes WHERE id = ?;

-- name: AddNote :execlastid
INSERT INTO notes (body, extra) VALUES (?, ?);
