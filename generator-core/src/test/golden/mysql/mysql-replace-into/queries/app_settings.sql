-- name: PutSetting :execrows
REPLACE INTO app_settings (name, `value`) VALUES (?, ?);

-- name: GetSetting :one
SELECT `value` FROM app_settings WHERE name = ?;
