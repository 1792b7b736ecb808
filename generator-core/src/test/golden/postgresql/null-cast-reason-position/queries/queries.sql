-- name: NullCastColumn :many
SELECT id, NULL::text AS nothing FROM users;

-- name: CastNullFunctionSyntax :one
SELECT 1 AS one, CAST(NULL AS int) AS n;
