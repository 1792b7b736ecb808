-- migrate:up
ALTER TABLE posts ADD COLUMN slug VARCHAR(100) NOT NULL DEFAULT '' AFTER id;
ALTER TABLE posts CHANGE title headline VARCHAR(250) NOT NULL;

-- migrate:down
ALTER TABLE posts CHANGE headline title VARCHAR(200) NOT NULL;
ALTER TABLE posts DROP COLUMN slug;
