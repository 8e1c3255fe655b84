-- Money paths: the discount a cashier may give without a manager's override, in percent of a line.

ALTER TABLE acc_business
    ADD COLUMN max_cashier_discount_percent NUMERIC(7,4) NOT NULL DEFAULT 10
        CHECK (max_cashier_discount_percent >= 0 AND max_cashier_discount_percent <= 100);
