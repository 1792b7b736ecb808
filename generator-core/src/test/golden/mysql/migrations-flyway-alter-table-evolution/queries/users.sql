-- name: ListUsers :many
SELECT * FROM users ORDER BY id;

-- name: LoginsOf :many
SELECT l.id, l.at, u.handle FROM logins l JOIN users u ON u.id = l.user_id WHERE u.id = ?;
