-- name: SearchBooks :many
SELECT id, title FROM books
WHERE title LIKE $1 AND id IN ($2, $3) AND published_on BETWEEN $4 AND $5
ORDER BY id;
