-- +goose Up
CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  total_cents int NOT NULL
);

-- +goose Down
DROP TABLE orders;
