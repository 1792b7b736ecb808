-- name: AddItem :execlastid
INSERT INTO items (sku, qty, label, price, extra) VALUES (?, ?, ?, ?, ?);

-- name: GetItem :one
SELECT * FROM items WHERE id = ?;

-- name: ItemsCostingMore :many
SELECT sku, total, upper_sku FROM items WHERE total > ? ORDER BY id;
