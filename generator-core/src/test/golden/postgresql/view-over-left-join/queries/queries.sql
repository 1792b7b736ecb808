-- name: ListProductRatings :many
SELECT product_id, name, avg_rating, review_count FROM product_ratings ORDER BY product_id;

-- name: UserOrders :many
SELECT * FROM user_orders WHERE user_id = $1;

-- name: UsersWithoutOrders :many
SELECT uo.email FROM user_orders uo WHERE uo.order_id IS NULL;

-- name: RatedProductNames :many
SELECT pr.name, coalesce(pr.avg_rating, 0) AS rating
FROM product_ratings pr JOIN products p ON p.id = pr.product_id
WHERE p.stock > 0;

-- name: OrderStatusesOfUser :many
SELECT u.display_name, uo.status
FROM users u JOIN user_orders uo ON uo.user_id = u.id
WHERE u.email = $1;
