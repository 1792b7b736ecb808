-- name: OverrideMisspelled :many
-- @nonnull referer_email
SELECT u.email, ref.email AS referrer_email FROM users u LEFT JOIN users ref ON ref.id = u.referred_by;

-- name: OverrideOnExec :exec
-- @nullable email
UPDATE users SET email = lower(email);
