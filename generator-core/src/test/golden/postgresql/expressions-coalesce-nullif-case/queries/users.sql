-- name: UserLabels :many
SELECT
  coalesce(display_name, email) AS label,
  nullif(email, '') AS maybe_email,
  CASE WHEN is_admin THEN 'admin' ELSE 'user' END AS role,
  CASE WHEN is_admin THEN display_name END AS admin_name,
  display_name IS NULL AS anonymous,
  upper(display_name) AS shout
FROM users
ORDER BY id;
