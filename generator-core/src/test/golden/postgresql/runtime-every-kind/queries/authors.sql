-- Every query kind over one table, for the runtime's tests: transactions, resource safety,
-- prepared statement reuse.

-- name: CreateAuthor :execlastid
INSERT INTO authors (name, bio) VALUES ($1, $2);

-- name: CreateAuthorResult :execresult
INSERT INTO authors (name, bio) VALUES ($1, $2);

-- name: GetAuthor :one
SELECT id, name, bio FROM authors WHERE id = $1;

-- name: AuthorIdByBio :one
SELECT id FROM authors WHERE bio = $1;

-- name: ListAuthors :many
SELECT id, name, bio FROM authors ORDER BY id;

-- name: AuthorsByIds :many
SELECT id FROM authors WHERE id IN (sqlc.slice(ids)) ORDER BY id;

-- name: TouchAuthor :exec
UPDATE authors SET bio = bio WHERE id = $1;

-- name: SetBio :execrows
UPDATE authors SET bio = $2 WHERE id = $1;

-- name: CreateAuthors :batchexec
INSERT INTO authors (name, bio) VALUES ($1, $2);

-- name: CreateAuthorsReturning :batchone
INSERT INTO authors (name) VALUES ($1) RETURNING id;

-- name: AuthorsNamed :batchmany
SELECT id FROM authors WHERE name = $1;

-- name: CopyAuthors :copyfrom
INSERT INTO authors (name, bio) VALUES ($1, $2);

-- name: Sleep :exec
SELECT pg_sleep($1::float8);
