-- Authors with how many books each wrote.
-- name: ListAuthorStats :many
WITH book_counts AS (
  SELECT author_id, count(*) AS n FROM books GROUP BY author_id
)
SELECT a.id, a.name, a.bio, coalesce(bc.n, 0) AS book_count
FROM authors a LEFT JOIN book_counts bc ON bc.author_id = a.id
WHERE a.created_at > ?
ORDER BY a.name;

-- name: ListAuthorsWithBooks :many
SELECT a.id, a.name, b.id AS book_id, b.title, b.price
FROM authors a LEFT JOIN books b ON b.author_id = a.id
ORDER BY a.id, b.id;
