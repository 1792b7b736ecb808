-- name: UsersWithOrderCount :many
SELECT u.email, (SELECT count(*) FROM orders o WHERE o.user_id = u.id) AS order_count FROM users u;

-- name: ProductsAboveCategoryAverage :many
SELECT p.name, p.price FROM products p
WHERE p.price > (SELECT avg(p2.price) FROM products p2 WHERE p2.category_id = p.category_id);

-- name: UsersWithPaidOrders :many
SELECT u.id, u.email FROM users u WHERE EXISTS (SELECT 1 FROM orders o WHERE o.user_id = u.id AND o.status = $1);

-- name: PostsWithoutComments :many
SELECT p.title FROM posts p WHERE NOT EXISTS (SELECT 1 FROM comments c WHERE c.post_id = p.id);

-- name: LatestCommentBody :many
SELECT p.title, (SELECT c.body FROM comments c WHERE c.post_id = p.id ORDER BY c.created_at DESC LIMIT 1) AS latest
FROM posts p;

-- name: CorrelatedTwoLevelsUp :many
SELECT u.email FROM users u
WHERE EXISTS (
  SELECT 1 FROM orders o
  WHERE o.user_id = u.id AND EXISTS (SELECT 1 FROM order_items oi WHERE oi.order_id = o.id AND oi.quantity > u.id)
);

-- name: InSubquery :many
SELECT name FROM products WHERE id IN (SELECT product_id FROM reviews WHERE rating >= $1);

-- name: NotInSubquery :many
SELECT email FROM users WHERE id NOT IN (SELECT user_id FROM orders);
