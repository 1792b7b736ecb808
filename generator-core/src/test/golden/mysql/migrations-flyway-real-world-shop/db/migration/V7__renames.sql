ALTER TABLE customers
  RENAME COLUMN phone TO phone_number,
  RENAME INDEX idx_customers_phone TO idx_customers_phone_number;

ALTER TABLE products CHANGE COLUMN descr description TEXT NULL COMMENT 'shown on the product page';

RENAME TABLE newsletter_signups TO marketing_optins;
ALTER TABLE marketing_optins RENAME COLUMN source TO channel;
