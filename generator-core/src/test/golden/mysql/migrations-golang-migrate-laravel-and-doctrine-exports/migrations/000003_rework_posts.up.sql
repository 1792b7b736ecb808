alter table `posts` drop foreign key `posts_user_id_foreign`;
alter table `posts` drop index `posts_user_id_foreign`;
alter table `posts` change `from` `source` varchar(100) null;
alter table `posts` modify `title` varchar(500) not null;
alter table `posts` drop `votes`, drop `avatar`;
alter table `posts` add `published_at` timestamp null after `title`;
alter table `users` comment = 'registered readers';
rename table `posts` to `articles`;
alter table `articles` add constraint `articles_user_id_foreign` foreign key (`user_id`) references `users` (`id`) on delete cascade;
