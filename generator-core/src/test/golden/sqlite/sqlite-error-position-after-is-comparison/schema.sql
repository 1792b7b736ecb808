CREATE TABLE readings (
  id INTEGER PRIMARY KEY,
  expected INTEGER,
  actual INTEGER,
  label TEXT
);
