package app.pos.inventory.boundary;

import app.pos.inventory.boundary.Views.LotView;
import app.pos.inventory.entity.StockLot;
import app.pos.platform.control.Audited;
import app.pos.platform.control.TenantStore;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.UUID;

/** Lots: what they cost and what they sell for; MANAGER or ADMIN reprice them. */
@Stateless
public class Lots {

  @Inject TenantStore store;

  public LotView find(UUID id) {
    return LotView.of(store.find(StockLot.class, id));
  }

  @Audited(value = "lot.repriced", entity = "StockLot")
  public LotView reprice(UUID id, RepriceLot command) {
    StockLot lot = store.lock(StockLot.class, id);
    lot.reprice(command.retailPrice, command.wholesalePrice);
    return LotView.of(lot);
  }
}
