-- the generated key is the AUTO_INCREMENT column, typed as declared
CREATE TABLE authors (
  id BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  bio TEXT
);

CREATE TABLE tags (
  id INT NOT NULL AUTO_INCREMENT,
  label VARCHAR(40) NOT NULL,
  PRIMARY KEY (id)
);

# an AUTO_INCREMENT column that is not the primary key
CREATE TABLE events (
  code CHAR(8) NOT NULL PRIMARY KEY,
  seq INT UNSIGNED NOT NULL AUTO_INCREMENT,
  UNIQUE KEY events_seq (seq)
);

CREATE TABLE notes (
  author_id BIGINT UNSIGNED NOT NULL,
  body TEXT NOT NULL
);
