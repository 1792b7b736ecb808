-- The first @n rows by id.
-- name: ListRows :many
SELECT * FROM bench_rows ORDER BY id LIMIT @n;

-- name: InsertRow :exec
INSERT INTO bench_rows (id, qty, name, note, price, discount, created_at, active, score, day)
VALUES (@id, @qty, @name, @note, @price, @discount, @created_at, @active, @score, @day);

-- The Quarry contenders of SqliteInsertBenchmark: a JDBC batch, and batched multi-row INSERTs.
-- name: InsertRows :batchexec
INSERT INTO bench_inserts (id, qty, name, note, price, discount, created_at, active, score, day)
VALUES (@id, @qty, @name, @note, @price, @discount, @created_at, @active, @score, @day);

-- name: CopyRows :copyfrom
INSERT INTO bench_inserts (id, qty, name, note, price, discount, created_at, active, score, day)
VALUES (@id, @qty, @name, @note, @price, @discount, @created_at, @active, @score, @day);
