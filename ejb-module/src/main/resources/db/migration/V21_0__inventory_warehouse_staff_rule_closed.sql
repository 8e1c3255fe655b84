-- Warehouse staff assignments fail closed: once a business has assigned warehouse staff to a
-- warehouse, its warehouse staff act only where they are assigned, and one left with no
-- assignment acts nowhere (before, removing someone's last assignment gave them every warehouse).
-- The row is the business's switch and is never removed.
CREATE TABLE inv_warehouse_staff_rule (
    business_id    UUID        PRIMARY KEY REFERENCES acc_business (id),
    assigned_since TIMESTAMPTZ NOT NULL
);

INSERT INTO inv_warehouse_staff_rule (business_id, assigned_since)
SELECT business_id, min(assigned_at) FROM inv_warehouse_staff GROUP BY business_id;
