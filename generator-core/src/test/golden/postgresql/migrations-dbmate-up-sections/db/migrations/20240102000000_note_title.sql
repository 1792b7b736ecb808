-- migrate:up transaction:false
ALTER TABLE notes ADD COLUMN title text;

-- migrate:down
ALTER TABLE notes DROP COLUMN title;
