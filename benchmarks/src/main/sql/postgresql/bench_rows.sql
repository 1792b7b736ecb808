-- The first @n rows by id.
-- name: ListRows :many
SELECT * FROM bench_rows ORDER BY id LIMIT @n;

-- name: InsertRow :exec
INSERT INTO bench_rows (id, qty, name, note, price, discount, created_at, active, score, ref)
VALUES (@id, @qty, @name, @note, @price, @discount, @created_at, @active, @score, @ref);

-- The Quarry contenders of PostgresInsertBenchmark: a JDBC batch, and COPY FROM STDIN.
-- name: InsertRows :batchexec
INSERT INTO bench_inserts (id, qty, name, note, price, discount, created_at, active, score, ref)
VALUES (@id, @qty, @name, @note, @price, @discount, @created_at, @active, @score, @ref);

-- name: CopyRows :copyfrom
INSERT INTO bench_inserts (id, qty, name, note, price, discount, created_at, active, score, ref)
VALUES (@id, @qty, @name, @note, @price, @discount, @created_at, @active, @score, @ref);
