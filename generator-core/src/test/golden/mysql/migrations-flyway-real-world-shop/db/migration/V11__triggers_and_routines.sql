-- no DELIMITER: Flyway reads BEGIN ... END as one statement
CREATE TRIGGER trg_orders_audit_insert AFTER INSERT ON orders FOR EACH ROW
BEGIN
  INSERT INTO audit_log (action, entity, entity_id, comment)
  VALUES ('insert', 'order', NEW.id, CASE WHEN NEW.note IS NULL THEN NULL ELSE LEFT(NEW.note, 255) END);
END;

CREATE TRIGGER trg_products_stock BEFORE UPDATE ON products FOR EACH ROW
BEGIN
  IF NEW.stock < 0 THEN
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'stock cannot go below zero; check the order';
  END IF;
END;

CREATE PROCEDURE archive_cancelled_orders(IN older_than_days INT)
BEGIN
  DECLARE cutoff DATETIME;
  SET cutoff = NOW() - INTERVAL older_than_days DAY;
  DELETE FROM orders WHERE status = 'cancelled' AND placed_at < cutoff;
END;

CREATE FUNCTION customer_order_count(p_customer_id BIGINT UNSIGNED) RETURNS INT
READS SQL DATA
BEGIN
  DECLARE n INT;
  SELECT COUNT(*) INTO n FROM orders WHERE customer_id = p_customer_id;
  RETURN n;
END;
