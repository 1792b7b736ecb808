-- name: ListEvents :many
SELECT id, at FROM audti.events;

-- name: DeleteEvent :exec
DELETE FROM reporting.events WHERE id = $1;

-- name: CountEvents :one
SELECT count(*) FROM audit.events;
