-- name: RenameUser :exec
UPDATE users SET display_name = sqlc.arg(new_name) WHERE id = sqlc.arg(user_id);
