-- 300,000 products for one business: names from a few words and numbers, barcodes 7000000000001..
INSERT INTO inv_product (id, business_id, sku, name, barcode, created_at, updated_at)
SELECT gen_random_uuid(), :'biz', 'CAT-' || g,
       (ARRAY['salt', 'rice', 'oil', 'soap', 'tea', 'milk', 'flour', 'sugar', 'beans', 'water'])[1 + g % 10]
         || ' ' || (g % 1000) || ' pack ' || g,
       (7000000000000 + g)::text, now(), now()
FROM generate_series(1, 300000) g;
ANALYZE inv_product;
