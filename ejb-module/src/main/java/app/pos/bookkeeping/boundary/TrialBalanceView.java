package app.pos.bookkeeping.boundary;

import app.pos.bookkeeping.entity.TrialBalanceStatus;
import app.pos.platform.control.MoneyJsonSerializer;
import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A trial balance, its job's progress and, once COMPLETED, its lines and totals. {@code
 * job_execution_id} is the job run to follow at {@code GET /admin/api/jobs/executions/{id}/};
 * {@code batch_execution_id} the batch runtime's own number.
 */
public record TrialBalanceView(
    UUID id,
    LocalDate periodStart,
    LocalDate periodEnd,
    TrialBalanceStatus status,
    UUID jobExecutionId,
    Long batchExecutionId,
    int accountsDone,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal totalDebit,
    @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal totalCredit,
    Boolean isBalanced,
    Instant createdAt,
    Instant completedAt,
    List<Line> lines) {

  public record Line(
      String accountCode,
      String accountName,
      String accountType,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal debit,
      @JsonbTypeSerializer(MoneyJsonSerializer.class) BigDecimal credit) {}
}
