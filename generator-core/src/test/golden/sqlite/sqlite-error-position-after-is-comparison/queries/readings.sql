-- name: Changed :many
SELECT id, expected IS NOT actul AS changed, label IS 'x' AS labelled, nope FROM readings;
