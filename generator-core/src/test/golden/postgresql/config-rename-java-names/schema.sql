CREATE TABLE listeners (
    user_id     bigserial PRIMARY KEY,
    spotify_url text,
    http_port   integer NOT NULL,
    kind        text NOT NULL,
    nick        text,
    full_name   text NOT NULL
);
