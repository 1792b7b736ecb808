CREATE TABLE loose (
  id INTEGER PRIMARY KEY,
  anything
);
