package app.pos.sales.boundary;

import app.pos.sales.entity.OfflineSaleStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What became of one sale of a batch. A DUPLICATE names the sale recorded the first time, with the
 * status and exceptions it had then ({@code first_status}); REJECTED says why in {@code reason} and
 * wrote nothing. {@code posted_on} is the date of the sale's journal entry: the day it happened
 * (UTC) or, when that day was locked, the first open date ({@code posted_on_open_date}).
 */
public record OfflineSaleResult(
    UUID clientSaleId,
    OfflineSaleStatus status,
    OfflineSaleStatus firstStatus,
    UUID saleId,
    String receiptNumber,
    LocalDate postedOn,
    boolean postedOnOpenDate,
    List<SaleExceptionView> exceptions,
    String reason) {

  static OfflineSaleResult rejected(UUID clientSaleId, String reason) {
    return new OfflineSaleResult(
        clientSaleId,
        OfflineSaleStatus.REJECTED,
        OfflineSaleStatus.REJECTED,
        null,
        null,
        null,
        false,
        List.of(),
        reason);
  }

  OfflineSaleResult asDuplicate() {
    return new OfflineSaleResult(
        clientSaleId,
        OfflineSaleStatus.DUPLICATE,
        firstStatus,
        saleId,
        receiptNumber,
        postedOn,
        postedOnOpenDate,
        exceptions,
        null);
  }
}
