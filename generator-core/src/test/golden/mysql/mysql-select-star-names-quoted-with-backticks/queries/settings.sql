-- name: ListSettings :many
SELECT * FROM settings_store ORDER BY id;

-- name: ListSettingsQualified :many
SELECT s.* FROM settings_store s ORDER BY s.id;
