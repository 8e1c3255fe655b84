-- Business settings grouped for the frontends: appearance (theme, accent colour, logo) and
-- notifications (low-stock and daily-summary mail, and their address).
ALTER TABLE acc_business
    ADD COLUMN appearance_theme VARCHAR(10) NOT NULL DEFAULT 'SYSTEM'
        CHECK (appearance_theme IN ('LIGHT', 'DARK', 'SYSTEM')),
    ADD COLUMN appearance_accent_color CHAR(7) CHECK (appearance_accent_color ~ '^#[0-9a-f]{6}$'),
    ADD COLUMN appearance_logo_url VARCHAR(1000) CHECK (appearance_logo_url LIKE 'https://%'),
    ADD COLUMN notify_low_stock_email BOOLEAN NOT NULL DEFAULT TRUE,
    ADD COLUMN notify_daily_summary_email BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN notify_email VARCHAR(254) CHECK (notify_email = lower(notify_email));
