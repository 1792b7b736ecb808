-- name: ListBooksWithAuthors :many
SELECT b.title, a.name AS author, a.bio
FROM books AS b
JOIN authors a ON a.id = b.author_id
WHERE a.id = ?
ORDER BY b.title;
