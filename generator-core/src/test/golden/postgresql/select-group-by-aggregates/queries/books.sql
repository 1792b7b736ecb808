-- name: GenreStats :many
SELECT genre, count(*) AS books, sum(price) AS total_price, min(published_on) AS first_published, avg(price) AS average_price
FROM books
GROUP BY genre
ORDER BY genre;
