ALTER TABLE customers
  ADD COLUMN full_name VARCHAR(201) GENERATED ALWAYS AS (CONCAT(first_name, ' ', last_name)) VIRTUAL
  AFTER last_name;

ALTER TABLE products
  ADD COLUMN price_gross DECIMAL(12,2) AS (ROUND(price * 1.19, 2)) STORED,
  ADD CONSTRAINT chk_products_price CHECK (price >= 0),
  DROP CONSTRAINT chk_products_stock;

ALTER TABLE products ALTER COLUMN stock DROP DEFAULT;
ALTER TABLE products ALTER COLUMN `position` SET DEFAULT 100;
