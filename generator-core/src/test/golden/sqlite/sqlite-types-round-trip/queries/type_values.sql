-- Writes every column through its type's binder.
-- name: InsertTypeValues :exec
INSERT INTO type_values (
  id, int_n, big_n, small_n, real_n, double_n, float_n, text_s, varchar_s, clob_s, blob_b, flag,
  day, clock, moment, stamp, amount, num, uid
) VALUES (
  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
);

-- Reads every column back through its type's reader.
-- name: GetTypeValues :one
SELECT * FROM type_values WHERE id = ?;

-- The same rows written in JDBC batches.
-- name: InsertTypeValuesBatch :batchexec
INSERT INTO type_values (
  id, int_n, big_n, small_n, real_n, double_n, float_n, text_s, varchar_s, clob_s, blob_b, flag,
  day, clock, moment, stamp, amount, num, uid
) VALUES (
  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
);

-- The same rows written by multi-row INSERTs.
-- name: CopyTypeValues :copyfrom
INSERT INTO type_values (
  id, int_n, big_n, small_n, real_n, double_n, float_n, text_s, varchar_s, clob_s, blob_b, flag,
  day, clock, moment, stamp, amount, num, uid
) VALUES (
  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
);
