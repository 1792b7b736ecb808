-- name: TextEqualsInt :many
SELECT id FROM users WHERE email = 42;

-- name: TimestampPlusText :many
SELECT placed_at + note AS later FROM orders;

-- name: JsonbArrowOnText :many
SELECT email -> 'x' AS j FROM users;
