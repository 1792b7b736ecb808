DROP TABLE attendance;
DROP TABLE events;
DROP TABLE settings;
