-- +goose Up
-- +goose StatementBegin
CREATE FUNCTION order_label(cents int) RETURNS text AS '
BEGIN
  RETURN ''#'' || cents::text;
END;
' LANGUAGE plpgsql;
-- +goose StatementEnd
ALTER TABLE orders ADD COLUMN status text NOT NULL DEFAULT 'new';

-- +goose Down
ALTER TABLE orders DROP COLUMN status;
DROP FUNCTION order_label;
