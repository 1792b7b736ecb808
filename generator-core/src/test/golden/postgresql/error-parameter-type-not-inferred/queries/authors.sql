-- name: EchoParam :one
SELECT $1 AS value;
