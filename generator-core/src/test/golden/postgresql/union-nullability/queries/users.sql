-- name: AllNames :many
SELECT email AS name FROM users
UNION
SELECT display_name FROM users
ORDER BY name;
