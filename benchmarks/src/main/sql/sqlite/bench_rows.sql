-- The first @n rows by id.
-- name: ListRows :many
SELECT * FROM bench_rows ORDER BY id LIMIT @n;

-- name: InsertRow :exec
INSERT INTO bench_rows (id, qty, name, note, price, discount, created_at, active, score, day)
VALUES (@id, @qty, @name, @note, @price, @discount, @created_at, @active, @score, @day);
