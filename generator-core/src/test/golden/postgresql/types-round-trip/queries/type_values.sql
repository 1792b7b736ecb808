-- Writes every column through its type's binder.
-- name: InsertTypeValues :exec
INSERT INTO type_values (
  id, small_n, int_n, big_n, numeric_n, numeric_scaled, real_n, double_n, flag, text_s, varchar_s,
  char_s, bytes, uid, day, clock, clock_tz, moment, moment_tz, span, doc, docb, feeling, prefs,
  small_list, int_list, big_list, numeric_list, real_list, double_list, bool_list, text_list,
  bytes_list, uuid_list, day_list, clock_list, clock_tz_list, moment_list, moment_tz_list,
  span_list, doc_list, docb_list, feeling_list
) VALUES (
  @id, @small_n, @int_n, @big_n, @numeric_n, @numeric_scaled, @real_n, @double_n, @flag, @text_s,
  @varchar_s, @char_s, @bytes, @uid, @day, @clock, @clock_tz, @moment, @moment_tz, @span, @doc,
  @docb, @feeling, @prefs, @small_list, @int_list, @big_list, @numeric_list, @real_list,
  @double_list, @bool_list, @text_list, @bytes_list, @uuid_list, @day_list, @clock_list,
  @clock_tz_list, @moment_list, @moment_tz_list, @span_list, @doc_list, @docb_list, @feeling_list
);

-- Reads every column back through its type's reader.
-- name: GetTypeValues :one
SELECT * FROM type_values WHERE id = @id;

-- The same rows written by COPY's text encoding.
-- name: CopyTypeValues :copyfrom
INSERT INTO type_values (
  id, small_n, int_n, big_n, numeric_n, numeric_scaled, real_n, double_n, flag, text_s, varchar_s,
  char_s, bytes, uid, day, clock, clock_tz, moment, moment_tz, span, doc, docb, feeling, prefs,
  small_list, int_list, big_list, numeric_list, real_list, double_list, bool_list, text_list,
  bytes_list, uuid_list, day_list, clock_list, clock_tz_list, moment_list, moment_tz_list,
  span_list, doc_list, docb_list, feeling_list
) VALUES (
  @id, @small_n, @int_n, @big_n, @numeric_n, @numeric_scaled, @real_n, @double_n, @flag, @text_s,
  @varchar_s, @char_s, @bytes, @uid, @day, @clock, @clock_tz, @moment, @moment_tz, @span, @doc,
  @docb, @feeling, @prefs, @small_list, @int_list, @big_list, @numeric_list, @real_list,
  @double_list, @bool_list, @text_list, @bytes_list, @uuid_list, @day_list, @clock_list,
  @clock_tz_list, @moment_list, @moment_tz_list, @span_list, @doc_list, @docb_list, @feeling_list
);

-- A parameter compared with an overridden column is converted too.
-- name: FindByPrefs :many
SELECT id FROM type_values WHERE prefs = @prefs ORDER BY id;
