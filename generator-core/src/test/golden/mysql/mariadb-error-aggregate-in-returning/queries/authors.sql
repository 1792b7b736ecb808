-- name: CountInserted :one
INSERT INTO authors (name) VALUES (?) RETURNING COUNT(*);

-- name: DeleteAuthorsKeepingLastId :one
DELETE FROM authors WHERE name LIKE ? RETURNING id, MAX(id) AS last_id;

-- name: NumberDeleted :many
DELETE FROM authors WHERE bio IS NULL RETURNING id, ROW_NUMBER() OVER (ORDER BY id) AS n;

-- name: InsertAndCountAll :one
-- a subquery may aggregate: it is a query of its own
INSERT INTO authors (name) VALUES (?) RETURNING id, (SELECT COUNT(*) FROM authors) AS total;
