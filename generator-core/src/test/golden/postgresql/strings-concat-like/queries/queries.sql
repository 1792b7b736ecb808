-- name: ConcatOperator :many
SELECT email || ' (' || role || ')' AS label FROM users;

-- name: ConcatWithNullable :many
SELECT display_name || '!' AS shout FROM users;

-- name: ConcatFunctionIgnoresNull :many
SELECT concat(display_name, ' <', email, '>') AS contact, concat_ws(', ', display_name, email) AS joined FROM users;

-- name: LikeAndIlike :many
SELECT id FROM products WHERE name LIKE $1 OR description ILIKE $2;

-- name: NotLikeLiteralPattern :many
SELECT sku FROM products WHERE sku NOT LIKE 'TMP-%';

-- name: LikeParamWithWildcards :many
SELECT email FROM users WHERE email LIKE '%' || $1 || '%';

-- name: StringFunctions :many
SELECT upper(name) AS up, lower(slug) AS low, length(name) AS len, substr(name, 1, 3) AS head, btrim(slug) AS t FROM categories;

-- name: SplitAndReplace :many
SELECT split_part(email, '@', 2) AS domain, strpos(email, '@') AS at, replace(email, '@', ' at ') AS spoken FROM users;
