-- The benchmark tables: ten columns of mixed types, four of them nullable. Quarry reads this file;
-- BenchDatabase runs it at every start (in the schema quarry_bench), so it must stay idempotent.
CREATE TABLE IF NOT EXISTS bench_rows (
  id          bigint PRIMARY KEY,
  qty         integer NOT NULL,
  name        text NOT NULL,
  note        text,
  price       numeric(12, 2) NOT NULL,
  discount    numeric(12, 2),
  created_at  timestamptz NOT NULL,
  active      boolean NOT NULL,
  score       double precision,
  ref         uuid NOT NULL
);

-- The target of the insert benchmarks, emptied before each iteration.
CREATE TABLE IF NOT EXISTS bench_inserts (
  id          bigint PRIMARY KEY,
  qty         integer NOT NULL,
  name        text NOT NULL,
  note        text,
  price       numeric(12, 2) NOT NULL,
  discount    numeric(12, 2),
  created_at  timestamptz NOT NULL,
  active      boolean NOT NULL,
  score       double precision,
  ref         uuid NOT NULL
);
