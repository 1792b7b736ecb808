-- name: ListEverything :many
SELECT * FROM everything ORDER BY id;

-- name: InsertEverything :exec
INSERT INTO everything (price, ratio, f, d, dp, code, name, tt, body, mt, lt, bin, vb, bl, lb, day, happened, stamp,
  at_time, yr, doc, tags)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);
