-- migrate:up
CREATE TABLE posts (
  id INT UNSIGNED AUTO_INCREMENT PRIMARY KEY,
  title VARCHAR(200) NOT NULL
);

-- migrate:down
DROP TABLE posts;
