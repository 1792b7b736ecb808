CREATE TABLE app_settings (
  name VARCHAR(64) NOT NULL PRIMARY KEY,
  `value` TEXT
);
