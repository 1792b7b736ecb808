-- A shop with a blog: the schema shared by the corpus folders.
CREATE TYPE order_status AS ENUM ('pending', 'paid', 'shipped', 'cancelled');
CREATE TYPE user_role AS ENUM ('customer', 'staff', 'admin');

CREATE TABLE users (
  id bigserial PRIMARY KEY,
  email text NOT NULL UNIQUE,
  display_name text,
  role user_role NOT NULL DEFAULT 'customer',
  referred_by bigint REFERENCES users (id),
  tags text[] NOT NULL DEFAULT '{}',
  preferences jsonb,
  created_at timestamptz NOT NULL DEFAULT now(),
  deleted_at timestamptz
);

CREATE TABLE categories (
  id serial PRIMARY KEY,
  parent_id integer REFERENCES categories (id),
  name text NOT NULL,
  slug varchar(80) NOT NULL
);

CREATE TABLE products (
  id bigserial PRIMARY KEY,
  category_id integer REFERENCES categories (id),
  sku varchar(32) NOT NULL UNIQUE,
  name text NOT NULL,
  description text,
  price numeric(10, 2) NOT NULL,
  discount_price numeric(10, 2),
  stock integer NOT NULL DEFAULT 0,
  weight_grams integer,
  attributes jsonb NOT NULL DEFAULT '{}',
  image_urls text[],
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE orders (
  id bigserial PRIMARY KEY,
  user_id bigint NOT NULL REFERENCES users (id),
  status order_status NOT NULL DEFAULT 'pending',
  coupon_code text,
  placed_at timestamptz NOT NULL DEFAULT now(),
  shipped_at timestamptz,
  note text
);

CREATE TABLE order_items (
  order_id bigint NOT NULL REFERENCES orders (id),
  product_id bigint NOT NULL REFERENCES products (id),
  quantity integer NOT NULL,
  unit_price numeric(10, 2) NOT NULL,
  PRIMARY KEY (order_id, product_id)
);

CREATE TABLE reviews (
  id bigserial PRIMARY KEY,
  product_id bigint NOT NULL REFERENCES products (id),
  user_id bigint REFERENCES users (id),
  rating smallint NOT NULL,
  body text,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE posts (
  id bigserial PRIMARY KEY,
  author_id bigint NOT NULL REFERENCES users (id),
  title text NOT NULL,
  body text NOT NULL,
  published_at timestamp,
  view_count bigint NOT NULL DEFAULT 0,
  score double precision,
  public_id uuid NOT NULL DEFAULT gen_random_uuid()
);

CREATE TABLE comments (
  id bigserial PRIMARY KEY,
  post_id bigint NOT NULL REFERENCES posts (id),
  parent_id bigint REFERENCES comments (id),
  author_id bigint REFERENCES users (id),
  body text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Every product, with its rating when it has reviews.
CREATE VIEW product_ratings AS
SELECT p.id AS product_id, p.name, avg(r.rating) AS avg_rating, count(r.id) AS review_count
FROM products p LEFT JOIN reviews r ON r.product_id = p.id
GROUP BY p.id, p.name;

-- Every user, with each of their orders; users without orders once, with NULL order columns.
CREATE VIEW user_orders AS
SELECT u.id AS user_id, u.email, o.id AS order_id, o.status, o.placed_at
FROM users u LEFT JOIN orders o ON o.user_id = u.id;

CREATE FUNCTION order_total(p_order_id bigint) RETURNS numeric
LANGUAGE sql STABLE AS $$
  SELECT sum(quantity * unit_price) FROM order_items WHERE order_id = p_order_id
$$;

CREATE FUNCTION products_in_category(p_category_id integer)
RETURNS TABLE (product_id bigint, product_name text, price numeric)
LANGUAGE sql STABLE AS $$
  SELECT id, name, price FROM products WHERE category_id = p_category_id
$$;
