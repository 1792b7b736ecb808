-- One column per declared type Quarry maps on SQLite, each nullable but the key, so that every
-- type is written by the generated insert, read back by the generated select, and NULL in some row.
CREATE TABLE type_values (
  id INTEGER PRIMARY KEY,
  int_n INTEGER,
  big_n BIGINT,
  small_n SMALLINT,
  real_n REAL,
  double_n DOUBLE,
  float_n FLOAT,
  text_s TEXT,
  varchar_s VARCHAR(20),
  clob_s CLOB,
  blob_b BLOB,
  flag BOOLEAN,
  day DATE,
  clock TIME,
  moment DATETIME,
  stamp TIMESTAMP,
  amount DECIMAL(10, 2),
  num NUMERIC,
  uid UUID
);
