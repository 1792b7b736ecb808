-- name: ArraySubscript :many
SELECT id, tags[1] AS first_tag FROM users;

-- name: NullableArraySubscript :many
SELECT id, image_urls[1] AS cover FROM products;
