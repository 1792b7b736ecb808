-- +goose Up
ALTER TABLE orders RENAME COLUMN total_cents TO amount_cents;
-- +goose Down
ALTER TABLE orders RENAME COLUMN amount_cents TO total_cents;
