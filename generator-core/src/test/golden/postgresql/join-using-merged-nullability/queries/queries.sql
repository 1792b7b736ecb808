-- name: UsingInner :many
SELECT order_id, quantity, status FROM order_items JOIN (SELECT id AS order_id, status FROM orders) o USING (order_id);

-- name: UsingLeftMergedFromLeftSide :many
SELECT id, email, title
FROM (SELECT id, email FROM users) u LEFT JOIN (SELECT author_id AS id, title FROM posts) p USING (id);

-- name: UsingRightMergedFromRightSide :many
SELECT id, title FROM (SELECT author_id AS id, title FROM posts) p RIGHT JOIN (SELECT id FROM users) u USING (id);

-- name: UsingFullMergedNullableOnlyIfBoth :many
SELECT product_id, a.rating, b.quantity
FROM (SELECT product_id, rating FROM reviews) a
FULL JOIN (SELECT product_id, quantity FROM order_items) b USING (product_id);

-- name: UsingFullBothSidesNullable :many
SELECT user_id FROM (SELECT user_id FROM reviews) a FULL JOIN (SELECT author_id AS user_id FROM comments) b USING (user_id);

-- name: UsingQualifiedSideStaysOuter :many
SELECT u.id AS merged, p.id AS from_posts
FROM (SELECT id FROM users) u LEFT JOIN (SELECT author_id AS id FROM posts) p USING (id);

-- name: UsingStar :many
SELECT * FROM (SELECT id, email FROM users) u FULL JOIN (SELECT author_id AS id, title FROM posts) p USING (id);
