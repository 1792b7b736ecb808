-- MariaDB 10.5+ returns rows from INSERT, REPLACE and DELETE.
-- name: CreateAuthor :one
INSERT INTO authors (name, bio) VALUES (?, ?) RETURNING id, name, bio, created_at;

-- name: CreateTwoAuthors :many
INSERT INTO authors (name) VALUES (?), (?) RETURNING *;

-- name: CopyAuthors :many
INSERT INTO authors (name, bio)
SELECT concat(name, ' (copy)'), bio FROM authors WHERE id <= ?
RETURNING id, name AS copied_name;

-- name: ReplaceAuthor :one
REPLACE INTO authors (id, name, bio) VALUES (?, ?, ?) RETURNING id, name, bio;

-- name: DeleteAuthor :one
DELETE FROM authors WHERE id = ? RETURNING id, name, upper(name) AS shout, bio;

-- name: DeleteAuthorsWithoutBio :many
DELETE FROM authors WHERE bio IS NULL RETURNING *;

-- name: CreateAuthorReturningId :execlastid
INSERT INTO authors (name) VALUES (?) RETURNING id;

-- name: ListAuthors :many
SELECT id, name, bio FROM authors ORDER BY id;
