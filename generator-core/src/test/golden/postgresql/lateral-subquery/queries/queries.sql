-- name: LatestOrderPerUser :many
SELECT u.email, last.id AS order_id, last.placed_at
FROM users u
LEFT JOIN LATERAL (
  SELECT o.id, o.placed_at FROM orders o WHERE o.user_id = u.id ORDER BY o.placed_at DESC LIMIT 1
) last ON true;

-- name: TopReviewPerProduct :many
SELECT p.name, best.rating, best.body
FROM products p
CROSS JOIN LATERAL (
  SELECT r.rating, r.body FROM reviews r WHERE r.product_id = p.id ORDER BY r.rating DESC LIMIT 1
) best;

-- name: LateralCommaJoin :many
SELECT o.id, items.n, items.total
FROM orders o,
LATERAL (SELECT count(*) AS n, sum(quantity * unit_price) AS total FROM order_items oi WHERE oi.order_id = o.id) items;

-- name: LateralReadsEarlierLateral :many
SELECT p.id, a.doubled, b.quadrupled
FROM products p
JOIN LATERAL (SELECT p.stock * 2 AS doubled) a ON true
JOIN LATERAL (SELECT a.doubled * 2 AS quadrupled) b ON true
WHERE p.id = $1;

-- name: LateralWithParam :many
SELECT u.id, recent.title
FROM users u
JOIN LATERAL (SELECT title FROM posts WHERE author_id = u.id AND view_count > $1 LIMIT 3) recent ON true;
