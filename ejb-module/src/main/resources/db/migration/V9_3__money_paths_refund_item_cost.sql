-- Money paths: the book value each refunded line put back on the shelf, so reports grouped by
-- product take the cost of goods sold back line by line, as the ledger does in total. Refunds made
-- before this migration give their whole restocked cost to their first line.

ALTER TABLE sal_refund_item
    ADD COLUMN restocked_cost NUMERIC(19,4) NOT NULL DEFAULT 0 CHECK (restocked_cost >= 0);

UPDATE sal_refund_item ri SET restocked_cost = r.restocked_cost
FROM sal_refund r
WHERE r.id = ri.refund_id
  AND ri.sale_item_id = (SELECT min(CAST(x.sale_item_id AS text))::uuid FROM sal_refund_item x
                         WHERE x.refund_id = r.id);
