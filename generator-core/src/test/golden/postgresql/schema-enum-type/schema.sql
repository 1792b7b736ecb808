CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');

CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  status order_status NOT NULL DEFAULT 'pending',
  previous_status order_status
);
