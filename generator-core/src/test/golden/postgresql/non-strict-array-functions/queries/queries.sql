-- name: AppendToNullableArray :many
SELECT id, array_append(image_urls, 'extra') AS urls FROM products;

-- name: PrependToNullableArray :many
SELECT id, array_prepend('first', image_urls) AS urls FROM products;
