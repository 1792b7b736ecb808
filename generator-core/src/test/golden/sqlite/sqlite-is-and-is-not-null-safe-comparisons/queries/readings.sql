-- IS and IS NOT compare NULLs as values: never NULL themselves, unlike =.
-- name: CompareReadings :many
SELECT id,
       expected IS actual AS same,
       expected IS NOT actual AS changed,
       expected = actual AS equal
FROM readings
ORDER BY id;

-- name: ReadingsLabelled :many
SELECT id FROM readings WHERE label IS sqlc.narg(label) ORDER BY id;

-- name: ReadingsNotAt :many
SELECT id FROM readings WHERE actual IS NOT ? AND (expected IS NULL OR expected IS NOT 0) ORDER BY id;
