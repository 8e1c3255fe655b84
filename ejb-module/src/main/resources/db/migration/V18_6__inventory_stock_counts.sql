-- A stock count as it was taken: where, by whom, when, each line counted against the books, and the
-- correction each difference proposed (a COUNT_VARIANCE adjustment, applied once approved).
CREATE TABLE inv_stock_count (
    id          UUID PRIMARY KEY,
    business_id UUID         NOT NULL REFERENCES acc_business (id),
    location_id UUID         NOT NULL REFERENCES inv_location (id),
    reason      VARCHAR(500),
    counted_by  UUID,
    created_at  TIMESTAMPTZ  NOT NULL,
    updated_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX inv_stock_count_business ON inv_stock_count (business_id, created_at DESC, id);

CREATE TABLE inv_stock_count_line (
    id               UUID PRIMARY KEY,
    business_id      UUID          NOT NULL REFERENCES acc_business (id),
    count_id         UUID          NOT NULL REFERENCES inv_stock_count (id) DEFERRABLE INITIALLY DEFERRED,
    line_number      INTEGER       NOT NULL,
    product_id       UUID          NOT NULL REFERENCES inv_product (id),
    counted_quantity NUMERIC(19,3) NOT NULL CHECK (counted_quantity >= 0),
    booked_quantity  NUMERIC(19,3) NOT NULL CHECK (booked_quantity >= 0),
    adjustment_id    UUID REFERENCES inv_stock_adjustment (id) DEFERRABLE INITIALLY DEFERRED,
    created_at       TIMESTAMPTZ   NOT NULL,
    updated_at       TIMESTAMPTZ   NOT NULL,
    UNIQUE (count_id, line_number),
    UNIQUE (count_id, product_id),
    -- a difference proposes exactly one correction; a match proposes none
    CHECK ((counted_quantity = booked_quantity) = (adjustment_id IS NULL))
);
CREATE INDEX inv_stock_count_line_count ON inv_stock_count_line (business_id, count_id, line_number);

-- counts are records: never changed or removed
CREATE FUNCTION inv_stock_count_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END $$;
CREATE TRIGGER inv_stock_count_immutable BEFORE UPDATE OR DELETE ON inv_stock_count
    FOR EACH ROW EXECUTE FUNCTION inv_stock_count_immutable();
CREATE TRIGGER inv_stock_count_line_immutable BEFORE UPDATE OR DELETE ON inv_stock_count_line
    FOR EACH ROW EXECUTE FUNCTION inv_stock_count_immutable();

-- an adjustment a count proposed names its count
ALTER TABLE inv_stock_adjustment ADD COLUMN stock_count_id UUID REFERENCES inv_stock_count (id) DEFERRABLE INITIALLY DEFERRED;
