-- version 10 runs after 2 and 3 (a name sort would run it first, before body exists)
ALTER TABLE notes RENAME COLUMN body TO content;
