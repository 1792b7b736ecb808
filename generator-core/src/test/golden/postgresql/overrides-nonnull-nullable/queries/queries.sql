-- name: NonnullOverride :many
-- @nonnull referrer_email
SELECT u.email, ref.email AS referrer_email FROM users u LEFT JOIN users ref ON ref.id = u.referred_by WHERE u.referred_by IS NOT NULL;

-- @nullable email
-- name: NullableOverrideAbove :many
SELECT email FROM users;

-- name: BothOverrides :many
-- @nonnull description
-- @nullable name
SELECT name, description FROM products WHERE description IS NOT NULL;
