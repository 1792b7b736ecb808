-- Writes every column through its type's binder.
-- name: InsertTypeValues :exec
INSERT INTO type_values (
  id, tiny_n, tiny_u, small_n, small_u, medium_n, medium_u, int_n, int_u, big_n, big_u, decimal_n,
  float_n, double_n, bit_flag, bits, bits64, tiny_flag, bool_flag, char_s, varchar_s, text_s, long_text, binary_b,
  varbinary_b, blob_b, day, clock, moment, stamp, yr, doc, mood, tags
) VALUES (
  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
);

-- Reads every column back through its type's reader.
-- name: GetTypeValues :one
SELECT * FROM type_values WHERE id = ?;

-- The same rows written in JDBC batches.
-- name: InsertTypeValuesBatch :batchexec
INSERT INTO type_values (
  id, tiny_n, tiny_u, small_n, small_u, medium_n, medium_u, int_n, int_u, big_n, big_u, decimal_n,
  float_n, double_n, bit_flag, bits, bits64, tiny_flag, bool_flag, char_s, varchar_s, text_s, long_text, binary_b,
  varbinary_b, blob_b, day, clock, moment, stamp, yr, doc, mood, tags
) VALUES (
  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
);

-- The same rows written by multi-row INSERTs.
-- name: CopyTypeValues :copyfrom
INSERT INTO type_values (
  id, tiny_n, tiny_u, small_n, small_u, medium_n, medium_u, int_n, int_u, big_n, big_u, decimal_n,
  float_n, double_n, bit_flag, bits, bits64, tiny_flag, bool_flag, char_s, varchar_s, text_s, long_text, binary_b,
  varbinary_b, blob_b, day, clock, moment, stamp, yr, doc, mood, tags
) VALUES (
  ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?
);
