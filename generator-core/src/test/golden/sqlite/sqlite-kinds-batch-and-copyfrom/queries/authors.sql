-- name: CreateAuthors :batchexec
INSERT INTO authors (name, bio) VALUES (@name, @bio);

-- name: CreateAuthorsReturning :batchone
INSERT INTO authors (name) VALUES (@name) RETURNING id, name;

-- name: AuthorsNamed :batchmany
SELECT id, name FROM authors WHERE name = @name ORDER BY id;

-- Multi-row INSERTs, at most the batch size of rows per statement.
-- name: CopyAuthors :copyfrom
INSERT INTO authors (name, bio, born) VALUES (@name, @bio, @born);

-- name: ListAuthors :many
SELECT id, name, bio, born FROM authors ORDER BY id;
