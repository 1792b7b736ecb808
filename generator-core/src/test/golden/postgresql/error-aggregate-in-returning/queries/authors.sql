-- name: RenameAll :one
UPDATE authors SET name = upper(name) RETURNING count(*), string_agg(name, ',');

-- name: DeleteWithRank :many
DELETE FROM authors WHERE bio IS NULL RETURNING id, rank() OVER (ORDER BY name);
