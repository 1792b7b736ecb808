-- name: CteShadowsTable :many
WITH users AS (
  SELECT id, email, u2.display_name FROM orders o JOIN users u2 USING (id)
)
SELECT id, email, display_name FROM users;

-- name: InnerCteShadowsOuter :many
WITH x AS (SELECT id, display_name AS label FROM users)
SELECT sub.label
FROM (
  WITH x AS (SELECT id, name AS label FROM products)
  SELECT label FROM x
) sub;

-- name: OuterCteVisibleInSubquery :many
WITH x AS (SELECT id, display_name AS label FROM users)
SELECT p.title, (SELECT x.label FROM x WHERE x.id = p.author_id) AS author_label
FROM posts p;

-- name: WithInsideCte :many
WITH outer_cte AS (
  WITH inner_cte AS (SELECT product_id, rating FROM reviews)
  SELECT product_id, max(rating) AS best FROM inner_cte GROUP BY product_id
)
SELECT p.name, oc.best FROM products p JOIN outer_cte oc ON oc.product_id = p.id;

-- name: WithInsideExists :many
SELECT u.email FROM users u
WHERE EXISTS (
  WITH mine AS (SELECT user_id FROM orders WHERE status = 'paid')
  SELECT 1 FROM mine WHERE mine.user_id = u.id
);
