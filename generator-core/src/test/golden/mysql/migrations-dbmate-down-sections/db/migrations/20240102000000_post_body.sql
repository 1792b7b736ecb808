-- migrate:up
ALTER TABLE posts ADD COLUMN body MEDIUMTEXT NOT NULL, ADD COLUMN published_at DATETIME NULL;

-- migrate:down
-- applied, this would drop the columns the queries read
ALTER TABLE posts DROP COLUMN body, DROP COLUMN published_at;
