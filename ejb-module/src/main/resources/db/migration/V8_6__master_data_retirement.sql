-- Master data is retired instead of deleted once something refers to it: a retired supplier,
-- category, warehouse or storefront leaves the default lists and takes no new stock or sales, and
-- every row that names it keeps its meaning. (Products, users and ledger accounts have the column.)
ALTER TABLE inv_supplier ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE inv_category ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE inv_location ADD COLUMN is_active BOOLEAN NOT NULL DEFAULT TRUE;
