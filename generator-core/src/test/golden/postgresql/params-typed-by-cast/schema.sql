CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');

CREATE TABLE users (
  id serial PRIMARY KEY,
  email varchar(255) NOT NULL,
  display_name text,
  is_admin boolean NOT NULL DEFAULT false
);

CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id integer NOT NULL REFERENCES users (id),
  status order_status NOT NULL DEFAULT 'pending',
  quantity integer NOT NULL DEFAULT 1,
  total numeric(12, 2),
  note text,
  ordered_at timestamp NOT NULL DEFAULT now()
);
