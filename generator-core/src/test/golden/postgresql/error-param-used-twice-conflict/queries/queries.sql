-- name: ParamAsTwoTypes :many
SELECT id FROM users WHERE id = @term OR email = @term;

-- name: ParamAsIntAndTimestamp :many
SELECT id FROM orders
WHERE user_id = sqlc.arg(since) AND placed_at > sqlc.arg(since);
