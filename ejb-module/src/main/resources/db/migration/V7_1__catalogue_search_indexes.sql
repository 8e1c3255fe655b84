-- The catalogue search matches LOWER(name) and LOWER(sku) with LIKE '%term%' (case-insensitive in
-- portable JPQL): trigram indexes on those expressions, led by the tenant, let PostgreSQL combine
-- them (and the barcode's unique index) in a bitmap OR instead of reading every product. The bench
-- measured p95 196 ms over 300,000 products without them.
CREATE INDEX inv_product_lower_name_search ON inv_product USING gin (business_id, lower(name) gin_trgm_ops);
CREATE INDEX inv_product_lower_sku_search ON inv_product USING gin (business_id, lower(sku) gin_trgm_ops);
DROP INDEX IF EXISTS inv_product_name_search;
