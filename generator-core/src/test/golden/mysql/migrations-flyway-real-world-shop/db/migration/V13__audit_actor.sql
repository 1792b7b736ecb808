ALTER TABLE audit_log
  DROP INDEX idx_audit_entity,
  DROP COLUMN comment,
  ADD COLUMN actor VARCHAR(64) NULL AFTER action,
  ADD INDEX idx_audit_entity_time (entity, entity_id, created_at);

ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';
ALTER TABLE marketing_optins MODIFY channel ENUM('footer','checkout','import','app') NOT NULL DEFAULT 'footer';

-- keep last year's entries aside before the cleanup job starts deleting
CREATE TABLE audit_log_2023 SELECT * FROM audit_log WHERE created_at < '2024-01-01';
RENAME TABLE audit_log_2023 TO audit_log_archive_2023;
