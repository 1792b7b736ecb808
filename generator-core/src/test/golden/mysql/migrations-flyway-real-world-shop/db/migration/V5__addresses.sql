CREATE TABLE addresses (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  customer_id BIGINT UNSIGNED NOT NULL,
  line1 VARCHAR(200) NOT NULL,
  line2 VARCHAR(200),
  city VARCHAR(100) NOT NULL,
  postal_code VARCHAR(16) NOT NULL,
  country CHAR(2) NOT NULL DEFAULT 'DE',
  PRIMARY KEY (id),
  INDEX idx_addresses_customer (customer_id),
  FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

ALTER TABLE orders
  ADD COLUMN shipping_address_id BIGINT UNSIGNED NULL AFTER customer_id,
  ADD CONSTRAINT fk_orders_shipping_address FOREIGN KEY (shipping_address_id)
    REFERENCES addresses (id) ON DELETE SET NULL,
  ADD INDEX idx_orders_status_placed (status, placed_at);
