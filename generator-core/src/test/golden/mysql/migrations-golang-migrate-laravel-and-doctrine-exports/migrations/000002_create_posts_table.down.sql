drop table if exists `posts`;
