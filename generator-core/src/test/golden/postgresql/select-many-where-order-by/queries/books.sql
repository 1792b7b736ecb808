-- name: ListBooksByGenre :many
SELECT id, title, price FROM books
WHERE genre = $1 AND price < $2
ORDER BY price DESC, title;
