-- migrate:up
CREATE TABLE notes (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  body TEXT NOT NULL
);

-- migrate:down
DROP TABLE notes;
