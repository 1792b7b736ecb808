-- runs after V2 (a name sort would put it first)
ALTER TABLE users RENAME COLUMN nickname TO handle;
