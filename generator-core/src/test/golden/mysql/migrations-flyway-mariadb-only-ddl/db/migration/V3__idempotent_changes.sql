-- every statement may run twice: hotfixes applied by hand before the migration caught up
SET @@system_versioning_alter_history = KEEP;

ALTER TABLE invoices
  ADD COLUMN IF NOT EXISTS note VARCHAR(200) NULL,
  ADD COLUMN IF NOT EXISTS note VARCHAR(200) NULL,
  DROP COLUMN IF EXISTS legacy_flag,
  DROP COLUMN IF EXISTS legacy_flag,
  MODIFY COLUMN IF EXISTS never_there INT,
  CHANGE COLUMN IF EXISTS token reference VARCHAR(36) NOT NULL,
  ADD INDEX IF NOT EXISTS idx_invoices_number (number),
  DROP INDEX IF EXISTS idx_gone;

ALTER TABLE invoices DROP FOREIGN KEY IF EXISTS fk_invoices_gone;
ALTER ONLINE TABLE accounts ADD COLUMN IF NOT EXISTS closed_at DATETIME NULL;
ALTER TABLE invoices DROP SYSTEM VERSIONING;
ALTER TABLE import_staging ADD SYSTEM VERSIONING;
DROP TABLE IF EXISTS import_staging_old;
