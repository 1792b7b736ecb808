-- name: RaisePricesOfAuthor :execrows
UPDATE books b JOIN authors a ON a.id = b.author_id SET b.price = b.price * ? WHERE a.name = ?;

-- name: DeleteBooksOfInactiveAuthors :execrows
DELETE b FROM books b JOIN authors a ON a.id = b.author_id WHERE a.active = ?;

-- name: DeleteBook :exec
DELETE FROM books WHERE id = ? LIMIT 1;
