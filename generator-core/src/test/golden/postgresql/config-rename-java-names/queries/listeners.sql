-- The table record's components and the parameter are renamed (user_id -> userID).
-- name: GetListener :one
SELECT * FROM listeners WHERE user_id = @user_id;

-- A row record: renamed columns, an unrenamed one, and an alias named by a rename key.
-- name: ListUrls :many
SELECT user_id, spotify_url AS url, full_name FROM listeners WHERE http_port = @http_port ORDER BY user_id;

-- A params record: its components and the accessors the batch loop calls are renamed.
-- name: CreateListeners :batchexec
INSERT INTO listeners (spotify_url, http_port, kind, full_name) VALUES (@spotify_url, @http_port, @kind, @full_name);
