# customers was latin1 and newsletter_signups MyISAM: both predate this team
ALTER TABLE customers CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
ALTER TABLE newsletter_signups ENGINE=InnoDB;
ALTER TABLE newsletter_signups DEFAULT CHARSET=utf8mb4, ALGORITHM=COPY;
ALTER TABLE products COMMENT = 'what we sell', AUTO_INCREMENT = 100;
