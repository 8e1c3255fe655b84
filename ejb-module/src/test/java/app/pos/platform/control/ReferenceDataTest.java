package app.pos.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Outside a transaction: what is kept, and what a change drops. */
class ReferenceDataTest {

  final ReferenceData reference = new ReferenceData();
  final UUID business = UUID.randomUUID();
  final AtomicInteger reads = new AtomicInteger();

  String read() {
    return "settings #" + reads.incrementAndGet();
  }

  @Test
  void aSecondReadIsAnsweredFromTheCopy() {
    reference.read("settings", business, this::read);
    assertThat(reference.read("settings", business, this::read)).isEqualTo("settings #1");
  }

  @Test
  void aChangeDropsTheCopy() {
    reference.read("settings", business, this::read);
    reference.changed("settings", business);
    assertThat(reference.read("settings", business, this::read)).isEqualTo("settings #2");
  }

  @Test
  void aChangeDropsOnlyItsOwnKindAndBusiness() {
    reference.read("settings", business, this::read);
    reference.changed("chart", business);
    reference.changed("settings", UUID.randomUUID());
    assertThat(reference.read("settings", business, this::read)).isEqualTo("settings #1");
  }

  @Test
  void aReadThatAChangeRacedIsNotKept() {
    reference.read(
        "settings",
        business,
        () -> {
          String before = read();
          reference.changed("settings", business); // committed while the first read ran
          return before;
        });
    assertThat(reference.read("settings", business, this::read)).isEqualTo("settings #2");
  }
}
