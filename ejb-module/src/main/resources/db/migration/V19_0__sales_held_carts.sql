-- Held carts: a till builds a basket line by line, parks it and resumes it. Each line's units are
-- held (reserved) in the storefront's lots while the cart is a DRAFT; completing it rings up a sale
-- through the checkout, abandoning or expiring it gives the units back.

CREATE TABLE sal_cart (
    id            UUID PRIMARY KEY,
    business_id   UUID          NOT NULL REFERENCES acc_business (id),
    storefront_id UUID          NOT NULL REFERENCES inv_location (id),
    sale_type     VARCHAR(10)   NOT NULL CHECK (sale_type IN ('RETAIL', 'WHOLESALE')),
    customer_id   UUID REFERENCES sal_customer (id),
    cashier_id    UUID,
    status        VARCHAR(10)   NOT NULL CHECK (status IN ('DRAFT', 'COMPLETED', 'ABANDONED', 'EXPIRED')),
    -- the sale it became (COMPLETED only)
    sale_id       UUID REFERENCES sal_sale (id) DEFERRABLE INITIALLY DEFERRED,
    held_until    TIMESTAMPTZ   NOT NULL,
    closed_at     TIMESTAMPTZ,
    created_at    TIMESTAMPTZ   NOT NULL,
    updated_at    TIMESTAMPTZ   NOT NULL,
    CHECK ((status = 'COMPLETED') = (sale_id IS NOT NULL)),
    CHECK ((status = 'DRAFT') = (closed_at IS NULL))
);
CREATE INDEX sal_cart_list ON sal_cart (business_id, created_at DESC, id);
CREATE UNIQUE INDEX sal_cart_sale ON sal_cart (sale_id) WHERE sale_id IS NOT NULL;

CREATE TABLE sal_cart_item (
    id          UUID PRIMARY KEY,
    business_id UUID          NOT NULL,
    cart_id     UUID          NOT NULL REFERENCES sal_cart (id) DEFERRABLE INITIALLY DEFERRED,
    product_id  UUID          NOT NULL REFERENCES inv_product (id),
    quantity    NUMERIC(15,3) NOT NULL CHECK (quantity > 0),
    -- a manager's price for the line (used at completion with a price_override_reason)
    unit_price  NUMERIC(19,4) CHECK (unit_price >= 0),
    -- the held units at their lots' prices (or the manager's) when added: before discounts and
    -- tax, and priced again when the cart is rung up
    listed_amount NUMERIC(19,4) NOT NULL CHECK (listed_amount >= 0),
    created_at  TIMESTAMPTZ   NOT NULL,
    updated_at  TIMESTAMPTZ   NOT NULL
);
CREATE INDEX sal_cart_item_cart ON sal_cart_item (cart_id, created_at);

-- Which lots a cart line holds, and how many units of each.
CREATE TABLE sal_cart_item_lot (
    business_id  UUID          NOT NULL,
    cart_item_id UUID          NOT NULL REFERENCES sal_cart_item (id) ON DELETE CASCADE,
    lot_id       UUID          NOT NULL REFERENCES inv_stock_lot (id),
    quantity     NUMERIC(15,3) NOT NULL CHECK (quantity > 0),
    PRIMARY KEY (cart_item_id, lot_id)
);

-- A reservation holds the stock of a pending sale or of a draft cart (exactly one of them).
ALTER TABLE sal_reservation ALTER COLUMN sale_id DROP NOT NULL;
ALTER TABLE sal_reservation ADD COLUMN cart_id UUID UNIQUE REFERENCES sal_cart (id) DEFERRABLE INITIALLY DEFERRED;
ALTER TABLE sal_reservation ADD CONSTRAINT sal_reservation_one_holder
    CHECK ((sale_id IS NULL) <> (cart_id IS NULL));
