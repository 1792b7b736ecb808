-- name: ListEverything :many
SELECT * FROM everything ORDER BY id;
