CREATE TABLE orders (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,
  status ENUM('new', 'paid', 'shipped') NOT NULL DEFAULT 'new',
  priority ENUM("low", "high"),
  note VARCHAR(200),
  PRIMARY KEY (id)
);
