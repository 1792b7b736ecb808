-- +goose Up
CREATE TABLE orders (
  id INTEGER PRIMARY KEY,
  total_cents INT NOT NULL
);

-- +goose Down
DROP TABLE orders;
