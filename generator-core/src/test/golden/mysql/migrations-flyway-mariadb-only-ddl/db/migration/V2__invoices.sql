CREATE TABLE invoices (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  number BIGINT NOT NULL DEFAULT NEXT VALUE FOR invoice_numbers,
  account_id BIGINT UNSIGNED NOT NULL,
  amount DECIMAL(12,2) NOT NULL,
  token VARCHAR(36) NOT NULL DEFAULT (UUID()),
  legacy_flag TINYINT(1) NULL,
  KEY idx_invoices_account (account_id),
  CONSTRAINT fk_invoices_account FOREIGN KEY (account_id) REFERENCES accounts (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;
