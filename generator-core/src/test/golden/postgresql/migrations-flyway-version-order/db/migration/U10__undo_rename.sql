-- undo migrations are never applied when migrating up
ALTER TABLE users RENAME COLUMN handle TO nickname;
DROP TABLE users;
