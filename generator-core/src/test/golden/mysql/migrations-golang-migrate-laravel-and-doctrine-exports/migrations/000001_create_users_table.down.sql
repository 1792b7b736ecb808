drop table if exists `password_reset_tokens`;
drop table if exists `users`;
