-- name: CopyEvents :copyfrom
INSERT INTO events (title, note, happened_at, local_at, tags, scores, payload, feeling, amount)
VALUES (@title, @note, @happened_at, @local_at, @tags, @scores, @payload, @feeling, @amount);

-- One column: a List of its values.
-- name: CopyNames :copyfrom
INSERT INTO names (name) VALUES ($1);
