-- runs after V1_9 (a name sort would put it before)
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
