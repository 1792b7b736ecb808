-- name: GetAuthor :one
SELECT * FROM authors WHERE id = $1;

-- name: ListBooksByGenre :many
SELECT * FROM books WHERE genre = $1;

-- name: BooksOf :many
SELECT id, genre FROM books WHERE author_id = @author_id;

-- name: GetAccount :one
SELECT * FROM app.accounts WHERE email = $1;
