-- Every book with its author, who may be unknown.
-- name: BooksWithAuthors :many
SELECT sqlc.embed(b), sqlc.embed(a), upper(b.title) AS shout
FROM books b LEFT JOIN authors a ON a.id = b.author_id
ORDER BY b.id;

-- Authors with one of their books each; every author has a row.
-- name: AuthorsWithBook :many
SELECT sqlc.embed(a), b.title
FROM authors a JOIN books b ON b.author_id = a.id
WHERE a.id = @author_id;
