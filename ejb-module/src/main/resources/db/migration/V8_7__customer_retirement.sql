-- A customer is retired instead of deleted once a sale or credit transaction names them.
ALTER TABLE sal_customer ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT TRUE;
