-- SELECT * is expanded into the column list sent to the server; names that are reserved words
-- must be quoted with backticks there (a double-quoted name is a string in MySQL and MariaDB).
CREATE TABLE settings_store (
  id INT NOT NULL AUTO_INCREMENT PRIMARY KEY,
  `key` VARCHAR(64) NOT NULL,
  `order` INT NOT NULL,
  CreatedAt DATETIME NOT NULL
);
