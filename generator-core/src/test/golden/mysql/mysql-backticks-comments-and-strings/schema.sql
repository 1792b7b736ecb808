# a MySQL comment
CREATE TABLE `user accounts` (
  `id` INT NOT NULL AUTO_INCREMENT, -- the key
  `Select` VARCHAR(20) NOT NULL DEFAULT "it\'s",
  `order` INT,
  PRIMARY KEY (`id`)
);
