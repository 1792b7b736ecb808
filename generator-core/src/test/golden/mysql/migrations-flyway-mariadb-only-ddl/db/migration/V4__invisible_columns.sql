-- kept out of SELECT * so the reporting tool's fixed column lists do not break
ALTER TABLE accounts ADD COLUMN risk_score TINYINT UNSIGNED NULL INVISIBLE;
ALTER TABLE invoices ADD COLUMN internal_note TEXT INVISIBLE AFTER amount;
ALTER TABLE accounts MODIFY COLUMN external_ref UUID NULL INVISIBLE;
