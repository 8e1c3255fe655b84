-- Evidence on an adjustment: photos (JPEG, PNG) and documents (PDF), kept in the database, at most
-- 5 MiB each, never changed or removed once stored.
CREATE TABLE inv_adjustment_attachment (
    id            UUID PRIMARY KEY,
    business_id   UUID         NOT NULL REFERENCES acc_business (id),
    adjustment_id UUID         NOT NULL REFERENCES inv_stock_adjustment (id),
    file_name     VARCHAR(120) NOT NULL,
    content_type  VARCHAR(30)  NOT NULL CHECK (content_type IN ('image/jpeg', 'image/png', 'application/pdf')),
    size_bytes    INTEGER      NOT NULL CHECK (size_bytes > 0 AND size_bytes <= 5242880),
    sha256        CHAR(64)     NOT NULL,
    content       BYTEA        NOT NULL,
    uploaded_by   UUID,
    created_at    TIMESTAMPTZ  NOT NULL,
    updated_at    TIMESTAMPTZ  NOT NULL,
    CHECK (octet_length(content) = size_bytes)
);
CREATE INDEX inv_adjustment_attachment_adjustment ON inv_adjustment_attachment (business_id, adjustment_id, created_at);
CREATE TRIGGER inv_adjustment_attachment_immutable BEFORE UPDATE OR DELETE ON inv_adjustment_attachment
    FOR EACH ROW EXECUTE FUNCTION inv_stock_count_immutable();
