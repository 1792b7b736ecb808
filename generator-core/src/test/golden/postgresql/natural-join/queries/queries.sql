-- name: NaturalInner :many
SELECT order_id, product_id, quantity, status
FROM order_items NATURAL JOIN (SELECT id AS order_id, status FROM orders) o;

-- name: NaturalLeft :many
SELECT id, email, title FROM (SELECT id, email FROM users) u NATURAL LEFT JOIN (SELECT author_id AS id, title FROM posts) p;

-- name: NaturalFull :many
SELECT id, a, b FROM (SELECT id, 1 AS a FROM users) x NATURAL FULL JOIN (SELECT author_id AS id, 2 AS b FROM posts) y;

-- name: NaturalStar :many
SELECT * FROM (SELECT id, email FROM users) u NATURAL RIGHT JOIN (SELECT user_id AS id, status FROM orders) o;
