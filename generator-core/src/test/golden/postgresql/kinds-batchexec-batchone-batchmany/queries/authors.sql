-- Several parameters: a List of CreateAuthorsParams records, sent in JDBC batches.
-- name: CreateAuthors :batchexec
INSERT INTO authors (name, bio) VALUES (@name, @bio);

-- One parameter: a List of its values.
-- name: DeleteAuthors :batchexec
DELETE FROM authors WHERE id = $1;

-- A row per parameter set, from RETURNING.
-- name: CreateAuthorsReturning :batchone
INSERT INTO authors (name, bio) VALUES (@name, @bio) RETURNING id, name;

-- Rows per parameter set.
-- name: BooksOfAuthors :batchmany
SELECT id, title FROM books WHERE author_id = $1 ORDER BY id;
