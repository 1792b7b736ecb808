-- name: CaseWithoutElse :many
SELECT id, CASE WHEN stock = 0 THEN 'sold out' END AS badge FROM products;

-- name: CaseWithElse :many
SELECT id, CASE WHEN stock = 0 THEN 'sold out' WHEN stock < 5 THEN 'few left' ELSE 'in stock' END AS badge FROM products;

-- name: CaseNullableBranch :many
SELECT id, CASE WHEN stock > 0 THEN discount_price ELSE price END AS effective FROM products;

-- name: SimpleCase :many
SELECT id, CASE status WHEN 'paid' THEN 1 WHEN 'shipped' THEN 2 ELSE 0 END AS step FROM orders;

-- name: CaseMixedNumericTypes :many
SELECT id, CASE WHEN rating > 3 THEN rating ELSE 0.5 END AS weight FROM reviews;

-- name: CaseElseNull :many
SELECT id, CASE WHEN role = 'admin' THEN email ELSE NULL END AS admin_email FROM users;

-- name: CaseInWhereWithParam :many
SELECT id FROM orders WHERE CASE WHEN $1 THEN status = 'paid' ELSE true END;
