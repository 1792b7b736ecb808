-- name: ListEvents :many
SELECT id, at FROM audit.events;
