-- names MySQL takes as names and JSqlParser as keywords
CREATE TABLE settings (
  `key` VARCHAR(64) NOT NULL PRIMARY KEY,
  value TEXT NULL,
  type ENUM('string', 'int', 'bool') NOT NULL DEFAULT 'string',
  comment VARCHAR(255) NULL
);

CREATE TABLE events (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  action VARCHAR(32) NOT NULL,
  level TINYINT UNSIGNED NOT NULL DEFAULT 0,
  data JSON NULL,
  position INT NULL,
  status VARCHAR(16) NOT NULL DEFAULT 'new',
  year YEAR NULL
);

CREATE TABLE attendance (
  user_id BIGINT UNSIGNED NOT NULL,
  day DATE NOT NULL,
  absent TINYINT(1) NOT NULL DEFAULT 0,
  PRIMARY KEY (user_id, day)
);

ALTER TABLE attendance CHANGE absent is_absent TINYINT(1) NOT NULL DEFAULT 0;
ALTER TABLE events DROP COLUMN position, RENAME COLUMN action TO name, MODIFY level SMALLINT UNSIGNED NOT NULL;
ALTER TABLE settings MODIFY type ENUM('string', 'int', 'bool', 'json') NOT NULL DEFAULT 'string';
