-- name: CopyBooks :copyfrom
INSERT INTO books (id, author_id, title)
SELECT id + 1000, author_id, title FROM books WHERE id IN (sqlc.slice(ids));
