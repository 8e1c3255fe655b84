package app.pos.setup.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class DemoDataJobTest {

  /** Whatever the seed, the main warehouse has every storefront's opening transfer in stock. */
  @Test
  void aWarehouseReceivesMoreThanAllItsStorefrontsAskFor() {
    for (long seed = 0; seed < 2_000; seed++) {
      for (int storefronts = 1; storefronts <= DemoDataJob.MAX_STOREFRONTS; storefronts += 7) {
        Random random = new Random(seed);
        int received = DemoDataJob.receivedUnits(random, storefronts);
        int asked = 0;
        for (int s = 0; s < storefronts; s++) {
          asked += DemoDataJob.transferredUnits(random);
        }
        assertThat(received).as("seed %d, %d storefronts", seed, storefronts).isGreaterThan(asked);
      }
    }
  }
}
