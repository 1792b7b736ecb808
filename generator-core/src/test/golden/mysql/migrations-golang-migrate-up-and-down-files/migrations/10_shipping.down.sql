ALTER TABLE orders DROP COLUMN shipped_at;
ALTER TABLE orders MODIFY status ENUM('new', 'paid') NOT NULL DEFAULT 'new';
