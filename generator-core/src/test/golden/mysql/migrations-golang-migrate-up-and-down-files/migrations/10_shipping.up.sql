ALTER TABLE orders MODIFY status ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new';
ALTER TABLE orders ADD COLUMN shipped_at DATETIME NULL AFTER status;
