package app.pos.sales.control;

import app.pos.sales.entity.SaleType;
import java.util.UUID;

/** A sale was completed (fired in its transaction; observe after success for what follows). */
public record SaleCompleted(UUID saleId, SaleType saleType) {}
