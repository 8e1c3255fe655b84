-- Warehouse sales: a wholesale customer buys straight from a warehouse. The sale's location
-- (storefront_id) is then a warehouse, and the sale says so.
ALTER TABLE sal_sale ADD COLUMN sold_from VARCHAR(10) NOT NULL DEFAULT 'STOREFRONT'
    CHECK (sold_from IN ('STOREFRONT', 'WAREHOUSE'));
-- a warehouse sells wholesale, to a customer
ALTER TABLE sal_sale ADD CONSTRAINT sal_sale_warehouse_wholesale
    CHECK (sold_from = 'STOREFRONT' OR (sale_type = 'WHOLESALE' AND customer_id IS NOT NULL));
