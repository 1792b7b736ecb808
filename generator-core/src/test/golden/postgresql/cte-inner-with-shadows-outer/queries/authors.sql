-- name: ShadowedCte :many
WITH named AS (
  SELECT id, bio AS label FROM authors
)
SELECT x.id, x.label
FROM (
  WITH named AS (SELECT id, name AS label FROM authors)
  SELECT id, label FROM named
) x
ORDER BY x.id;
