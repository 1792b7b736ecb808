-- +goose Down
DROP TABLE pets;

-- +goose Up
CREATE TABLE pets (id serial PRIMARY KEY, name text NOT NULL);
ALTER TABLE pets RENAME COLUMN nmae TO title;
