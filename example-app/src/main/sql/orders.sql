-- name: PlaceOrder :one
INSERT INTO orders (user_id, course_id, amount_cents, placed_at)
VALUES (@user_id, @course_id, @amount_cents, @placed_at)
RETURNING id, status, placed_at;

-- Refunds a paid order; 0 when it was not paid (already refunded or unknown).
-- name: RefundOrder :execrows
UPDATE orders SET status = 'refunded', refunded_at = @refunded_at
WHERE id = @id AND status = 'paid';

-- name: ListOrdersOfUser :many
SELECT o.id, c.title, o.amount_cents, o.status, o.placed_at, o.refunded_at
FROM orders o
JOIN courses c ON c.id = o.course_id
WHERE o.user_id = @user_id
ORDER BY o.id;

-- Housekeeping: forgets refunds older than a cutoff.
-- name: DeleteRefundsBefore :execrows
DELETE FROM orders WHERE status = 'refunded' AND refunded_at < @cutoff;

-- name: GetOrder :one
SELECT * FROM orders WHERE id = @id;
