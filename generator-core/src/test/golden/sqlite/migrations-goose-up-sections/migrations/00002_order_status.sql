-- +goose Up
ALTER TABLE orders ADD COLUMN status TEXT NOT NULL DEFAULT 'new';
ALTER TABLE orders ADD COLUMN updated_at DATETIME;
-- +goose StatementBegin
CREATE TRIGGER orders_touch AFTER UPDATE ON orders BEGIN
  UPDATE orders SET updated_at = CURRENT_TIMESTAMP WHERE id = NEW.id;
END;
-- +goose StatementEnd

-- +goose Down
DROP TRIGGER orders_touch;
ALTER TABLE orders DROP COLUMN updated_at;
ALTER TABLE orders DROP COLUMN status;
