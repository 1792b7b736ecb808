-- name: LiveProducts :many
SELECT * FROM live_products ORDER BY name LIMIT ?;

-- name: ProductsInCategory :many
SELECT p.id, p.sku, p.name, p.description, p.price_gross, p.position
FROM products p
JOIN product_categories pc ON pc.product_id = p.id
JOIN categories c ON c.id = pc.category_id
WHERE c.slug = ?
ORDER BY p.position, p.name;

-- name: GrossPriceOf :one
SELECT id, gross_price(price) AS gross FROM products WHERE id = ?;
