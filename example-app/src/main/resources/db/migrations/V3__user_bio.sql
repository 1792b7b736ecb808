-- Profiles got an optional bio after launch; existing users have none.
ALTER TABLE users ADD COLUMN bio TEXT;
