-- written for the mysql client, whose DELIMITER command Flyway understands too
/*!40101 SET @OLD_SQL_MODE = @@SQL_MODE, SQL_MODE = 'NO_AUTO_VALUE_ON_ZERO' */;

DELIMITER $$

CREATE TRIGGER trg_saved_items_touch BEFORE UPDATE ON saved_items FOR EACH ROW
BEGIN
  SET NEW.added_at = CURRENT_TIMESTAMP;
END$$

CREATE FUNCTION gross_price(p_net DECIMAL(10,2)) RETURNS DECIMAL(12,2)
DETERMINISTIC
BEGIN
  RETURN ROUND(p_net * 1.19, 2);
END $$

DELIMITER ;

ALTER TABLE saved_items ADD COLUMN note VARCHAR(140) NULL AFTER product_id;
/*!40101 SET SQL_MODE = @OLD_SQL_MODE */;
