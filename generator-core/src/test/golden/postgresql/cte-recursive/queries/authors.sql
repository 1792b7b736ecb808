-- name: CountTo :many
WITH RECURSIVE n(i) AS (
  SELECT 1
  UNION ALL
  SELECT i + 1 FROM n WHERE i < $1
)
SELECT i FROM n;
