rename table `articles` to `posts`;
alter table `posts` change `source` `from` varchar(50) null;
