-- name: AuthorsWithCheapestBook :many
SELECT a.name, cheap.title, cheap.price
FROM authors a
LEFT JOIN (
  SELECT author_id, title, price FROM books WHERE price IS NOT NULL
) cheap ON cheap.author_id = a.id
ORDER BY a.name;
