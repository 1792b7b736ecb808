--
-- Dumping data for table `categories`
--

LOCK TABLES `categories` WRITE;
/*!40000 ALTER TABLE `categories` DISABLE KEYS */;
INSERT INTO `categories` (`id`, `parent_id`, `slug`, `title`) VALUES
  (1, NULL, 'books', 'Books'),
  (2, 1, 'sci-fi', 'Science fiction; fantasy'),
  (3, NULL, 'music', 'Music \'n\' more');
/*!40000 ALTER TABLE `categories` ENABLE KEYS */;
UNLOCK TABLES;

INSERT INTO coupons (code, percent_off) VALUES ('WELCOME10', 10), ('SUMMER;20', 20)
  ON DUPLICATE KEY UPDATE percent_off = VALUES(percent_off);
