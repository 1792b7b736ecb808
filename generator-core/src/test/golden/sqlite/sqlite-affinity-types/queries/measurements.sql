-- name: ListMeasurements :many
SELECT * FROM measurements ORDER BY id;
