-- name: ListAuthorsWithBooks :many
SELECT a.id, a.name, b.id AS book_id, b.title, b.genre
FROM authors a
LEFT JOIN books b ON b.author_id = a.id
ORDER BY a.id, b.id;
