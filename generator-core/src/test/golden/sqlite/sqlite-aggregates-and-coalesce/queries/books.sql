-- name: BookStats :one
SELECT count(*) AS books, sum(price) AS total, max(price) AS priciest, coalesce(max(price), 0.0) AS priciest_or_zero
FROM books;
