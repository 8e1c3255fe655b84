package app.pos.sales.entity;

/**
 * What became of a sale a till made offline: APPLIED (recorded as the till did it), EXCEPTION
 * (recorded, with exceptions raised for a manager), DUPLICATE (recorded before: nothing was done
 * again), REJECTED (not recorded, nothing written: send it again once the reason is gone). Only
 * APPLIED and EXCEPTION are stored.
 */
public enum OfflineSaleStatus {
  APPLIED,
  EXCEPTION,
  DUPLICATE,
  REJECTED
}
