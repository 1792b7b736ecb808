-- name: AuthorsBooksAndBuyers :many
SELECT a.name, b.title, u.email
FROM authors a
LEFT JOIN (books b JOIN users u ON u.id = b.author_id) ON b.author_id = a.id
ORDER BY a.name;
