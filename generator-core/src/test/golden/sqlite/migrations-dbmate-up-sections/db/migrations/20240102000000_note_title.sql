-- migrate:up transaction:false
ALTER TABLE notes ADD COLUMN title TEXT;
CREATE INDEX notes_title ON notes (title);

-- migrate:down
DROP INDEX notes_title;
ALTER TABLE notes DROP COLUMN title;
