-- name: DeleteBook :exec
DELETE FROM books WHERE id = ?;

-- name: DeleteBooksOfAuthor :execrows
DELETE FROM books WHERE author_id = ?;
