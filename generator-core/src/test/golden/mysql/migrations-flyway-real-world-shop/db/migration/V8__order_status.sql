-- 'new' becomes 'pending'; returns need 'refunded'
ALTER TABLE orders
  MODIFY COLUMN status ENUM('new','pending','paid','shipped','cancelled','refunded') NOT NULL DEFAULT 'pending';
UPDATE orders SET status = 'pending' WHERE status = 'new';
ALTER TABLE orders
  MODIFY COLUMN status ENUM('pending','paid','shipped','cancelled','refunded') NOT NULL DEFAULT 'pending'
  AFTER shipping_address_id;
