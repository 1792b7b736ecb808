-- name: CreateAuthor :execlastid
INSERT INTO authors (name, bio) VALUES (?, ?);

-- name: CreateTag :execlastid
INSERT INTO tags (label) VALUES (?);

-- name: CreateEvent :execlastid
INSERT INTO events (code) VALUES (?);

-- Rows and keys; MariaDB's driver reports the first row's key of a multi-row INSERT.
-- name: CreateTwoAuthors :execresult
INSERT INTO authors (name) VALUES (?), (?);

-- name: RenameAuthor :execresult
UPDATE authors SET name = ? WHERE id = ?;

-- name: AddNote :execresult
INSERT INTO notes (author_id, body) VALUES (?, ?);

-- name: GetAuthor :one
SELECT id, name FROM authors WHERE id = ?;

-- name: GetEventSeq :one
SELECT seq FROM events WHERE code = ?;
