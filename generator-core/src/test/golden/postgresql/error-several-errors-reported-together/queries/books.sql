-- name: CountBooks :one
SELECT count(*) FROM books WHERE genre = 'fiction' AND titel = $1;
