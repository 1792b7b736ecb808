CREATE TABLE `counters` (
  `id` bigint(20) unsigned NOT NULL AUTO_INCREMENT,
  `tiny` tinyint NOT NULL,
  `tiny_u` tinyint unsigned,
  `small` smallint(6),
  `small_u` smallint unsigned,
  `medium` mediumint,
  `medium_u` mediumint(8) unsigned zerofill,
  `regular` int(11) NOT NULL DEFAULT '0',
  `regular_u` int unsigned,
  `big` bigint,
  `big_u` bigint unsigned,
  `flag` tinyint(1) NOT NULL DEFAULT '1',
  `maybe` boolean,
  PRIMARY KEY (`id`),
  KEY `idx_regular` (`regular`)
) ENGINE=InnoDB AUTO_INCREMENT=10 DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci COMMENT='integer columns';
