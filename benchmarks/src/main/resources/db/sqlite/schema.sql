-- The benchmark tables on SQLite: the same ten columns; dates and times are text, as SQLite's own
-- date functions write them. Quarry reads this file; BenchDatabase runs it at every start.
CREATE TABLE IF NOT EXISTS bench_rows (
  id          INTEGER PRIMARY KEY,
  qty         INTEGER NOT NULL,
  name        TEXT NOT NULL,
  note        TEXT,
  price       DECIMAL(12, 2) NOT NULL,
  discount    DECIMAL(12, 2),
  created_at  TIMESTAMP NOT NULL,
  active      BOOLEAN NOT NULL,
  score       DOUBLE,
  day         DATE NOT NULL
);

-- The target of the insert benchmarks, emptied before each iteration.
CREATE TABLE IF NOT EXISTS bench_inserts (
  id          INTEGER PRIMARY KEY,
  qty         INTEGER NOT NULL,
  name        TEXT NOT NULL,
  note        TEXT,
  price       DECIMAL(12, 2) NOT NULL,
  discount    DECIMAL(12, 2),
  created_at  TIMESTAMP NOT NULL,
  active      BOOLEAN NOT NULL,
  score       DOUBLE,
  day         DATE NOT NULL
);
