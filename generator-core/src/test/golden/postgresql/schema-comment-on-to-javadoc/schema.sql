CREATE TABLE authors (id serial PRIMARY KEY, name text NOT NULL, bio text);
COMMENT ON TABLE authors IS 'People who write; one row per pen name.';
COMMENT ON COLUMN authors.name IS 'The pen name, as printed on covers';
COMMENT ON COLUMN authors.bio IS $$Short biography (Markdown)$$;
COMMENT ON COLUMN authors.id IS 'dropped again';
COMMENT ON COLUMN authors.id IS NULL;
ALTER TABLE authors RENAME COLUMN bio TO biography;
COMMENT ON SCHEMA public IS 'passed over';
COMMENT ON INDEX authors_pkey IS 'passed over';
