-- name: AddStock :execrows
INSERT INTO stock (sku, quantity, updated_at) VALUES (?, ?, NOW())
ON DUPLICATE KEY UPDATE quantity = quantity + VALUES(quantity), updated_at = NOW();

-- name: SetStock :exec
INSERT INTO stock (sku, quantity) VALUES (?, ?) ON DUPLICATE KEY UPDATE quantity = ?;
