-- name: AddBook :exec
INSERT INTO books (author_id, title, genre, price, published_on)
VALUES ($1, $2, $3, $4, $5);
