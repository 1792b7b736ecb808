CREATE TABLE wishlists (
  id INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  customer_id BIGINT UNSIGNED NOT NULL,
  product_id INT UNSIGNED NOT NULL,
  added_at TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,
  UNIQUE KEY uq_wishlist (customer_id, product_id)
) ENGINE=InnoDB;

RENAME TABLE wishlists TO saved_items;
CREATE TABLE saved_items_archive LIKE saved_items;

-- move the old entries out through a scratch table
CREATE TEMPORARY TABLE tmp_old_saved AS
  SELECT customer_id, product_id FROM saved_items WHERE added_at < '2020-01-01';
INSERT INTO saved_items_archive (customer_id, product_id) SELECT customer_id, product_id FROM tmp_old_saved;
DELETE FROM saved_items WHERE added_at < '2020-01-01';
DROP TEMPORARY TABLE tmp_old_saved;
