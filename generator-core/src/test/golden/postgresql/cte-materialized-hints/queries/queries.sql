-- name: MaterializedCte :many
WITH big_orders AS MATERIALIZED (
  SELECT order_id, sum(quantity) AS items FROM order_items GROUP BY order_id
)
SELECT o.id, o.status, b.items FROM orders o LEFT JOIN big_orders b ON b.order_id = o.id;

-- name: NotMaterializedCte :many
WITH c AS NOT MATERIALIZED (SELECT id, slug FROM categories WHERE parent_id IS NULL)
SELECT c.slug FROM c;

-- name: MaterializedOuterJoinInside :many
WITH p AS MATERIALIZED (
  SELECT p.id, c.name AS category FROM products p LEFT JOIN categories c ON c.id = p.category_id
)
SELECT id, category FROM p;
