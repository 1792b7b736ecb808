CREATE TABLE members (id serial PRIMARY KEY, team_id int NOT NULL REFERENCES teams (id), email text);
