CREATE TABLE measurements (
  id INTEGER PRIMARY KEY,
  small_n SMALLINT NOT NULL,
  big_n BIGINT,
  label VARCHAR(20),
  note CLOB,
  ratio REAL,
  precise DOUBLE,
  amount NUMERIC,
  cost DECIMAL(10, 2),
  flag BOOLEAN,
  day DATE,
  moment DATETIME,
  payload BLOB
);
