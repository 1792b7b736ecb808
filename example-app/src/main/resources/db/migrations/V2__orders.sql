-- A paid order buys one course; a refund keeps the row and records when.
CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    user_id      INTEGER NOT NULL REFERENCES users (id),
    course_id    INTEGER NOT NULL REFERENCES courses (id),
    amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
    status       TEXT NOT NULL DEFAULT 'paid' CHECK (status IN ('paid', 'refunded')),
    placed_at    TIMESTAMP NOT NULL,
    refunded_at  TIMESTAMP
);

CREATE INDEX orders_user ON orders (user_id);
CREATE INDEX orders_course ON orders (course_id);
