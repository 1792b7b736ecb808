-- name: ListBooksWithAuthors :many
SELECT b.id, b.title, a.name AS author_name, a.bio AS author_bio
FROM books b
INNER JOIN authors AS a ON a.id = b.author_id
WHERE a.id = $1
ORDER BY b.title;
