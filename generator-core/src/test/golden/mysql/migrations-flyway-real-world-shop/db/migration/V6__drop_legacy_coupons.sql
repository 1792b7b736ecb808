-- coupons moved to the pricing service
ALTER TABLE orders DROP FOREIGN KEY orders_legacy_coupon_fk, DROP COLUMN legacy_coupon_id;
DROP TABLE coupons;

ALTER TABLE products DROP INDEX idx_products_legacy;
ALTER TABLE products DROP COLUMN legacy_state;

DROP INDEX idx_customers_name ON customers;
CREATE INDEX idx_customers_last_name ON customers (last_name);
CREATE UNIQUE INDEX uq_addresses_line ON addresses (customer_id, line1, postal_code);
