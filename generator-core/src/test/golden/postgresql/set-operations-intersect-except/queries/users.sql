-- name: IntersectNames :many
SELECT display_name FROM users WHERE is_admin
INTERSECT
SELECT email FROM users;

-- name: ExceptNames :many
SELECT email FROM users
EXCEPT
SELECT display_name FROM users;
