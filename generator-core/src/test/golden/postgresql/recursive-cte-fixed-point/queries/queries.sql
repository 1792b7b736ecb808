-- name: CategoryTree :many
WITH RECURSIVE tree AS (
  SELECT id, parent_id, name, 1 AS depth FROM categories WHERE parent_id IS NULL
  UNION ALL
  SELECT c.id, c.parent_id, c.name, t.depth + 1 FROM categories c JOIN tree t ON c.parent_id = t.id
)
SELECT id, parent_id, name, depth FROM tree ORDER BY depth, name;

-- name: CommentThread :many
WITH RECURSIVE thread(id, parent_id, body, path) AS (
  SELECT id, parent_id, body, ARRAY[id] FROM comments WHERE id = $1
  UNION ALL
  SELECT c.id, c.parent_id, c.body, t.path || c.id FROM comments c JOIN thread t ON c.parent_id = t.id
)
SELECT id, parent_id, body, path FROM thread;

-- name: ReferralChain :many
WITH RECURSIVE chain AS (
  SELECT id, referred_by, display_name AS name FROM users WHERE id = $1
  UNION
  SELECT u.id, u.referred_by, coalesce(u.display_name, u.email) FROM users u JOIN chain ON u.id = chain.referred_by
)
SELECT id, name FROM chain;

-- name: Countdown :many
WITH RECURSIVE n(i) AS (
  SELECT 10
  UNION ALL
  SELECT i - 1 FROM n WHERE i > 0
)
SELECT i FROM n;

-- name: NullBecomesNullableInRecursion :many
WITH RECURSIVE up AS (
  SELECT id, 'leaf'::text AS label FROM categories WHERE id = $1
  UNION ALL
  SELECT c.parent_id, NULL FROM categories c JOIN up ON up.id = c.id
)
SELECT id, label FROM up;
