-- name: InsertProduct :one
INSERT INTO products (category_id, sku, name, description, price, discount_price, stock, image_urls)
VALUES (@category_id, @sku, @name, @description, @price, @discount_price, @stock, @image_urls)
RETURNING id, created_at;

-- name: InsertReviewFromSelect :exec
INSERT INTO reviews (product_id, user_id, rating, body)
SELECT p.id, @user_id, @rating, @body FROM products p WHERE p.sku = @sku;

-- name: UpdateUserProfile :execrows
UPDATE users SET display_name = @display_name, preferences = @preferences WHERE id = @id;

-- name: FilterByOptionalStatus :many
SELECT id FROM orders WHERE (sqlc.narg(status)::order_status IS NULL OR status = sqlc.narg(status)::order_status);

-- name: NargCoalesce :many
SELECT id FROM products WHERE category_id = coalesce(sqlc.narg(category_id), category_id);

-- name: UpdateWithNarg :exec
UPDATE posts SET score = coalesce(sqlc.narg(score), score) WHERE id = sqlc.arg(id);

-- name: UpsertCategory :one
INSERT INTO categories (id, parent_id, name, slug) VALUES (@id, @parent_id, @name, @slug)
ON CONFLICT (id) DO UPDATE SET name = EXCLUDED.name, parent_id = EXCLUDED.parent_id
RETURNING id, parent_id;
