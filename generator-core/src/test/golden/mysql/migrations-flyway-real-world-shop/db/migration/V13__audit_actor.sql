ALTER TABLE audit_log
  DROP INDEX idx_audit_entity,
  DROP COLUMN comment,
  ADD COLUMN actor VARCHAR(64) NULL AFTER action,
  ADD INDEX idx_audit_entity_time (entity, entity_id, created_at);

ALTER TABLE orders ALTER COLUMN note SET DEFAULT '';
ALTER TABLE marketing_optins MODIFY channel ENUM('footer','checkout','import','app') NOT NULL DEFAULT 'footer';
