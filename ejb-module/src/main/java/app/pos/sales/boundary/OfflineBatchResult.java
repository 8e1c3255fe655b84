package app.pos.sales.boundary;

import java.util.List;
import java.util.UUID;

/** A batch's outcome: one result per sale, in the order they were applied (occurred_at). */
public record OfflineBatchResult(
    UUID tillId,
    int applied,
    int duplicates,
    int exceptions,
    int rejected,
    List<OfflineSaleResult> results) {}
