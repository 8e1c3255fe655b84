package app.pos.inventory.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TransferReferenceTest {

  @Test
  void aReferenceIsTheDayFollowedBySixUnambiguousCharacters() {
    String reference = TransferReference.next(LocalDate.of(2026, 12, 2), new Random(7));
    assertThat(reference).matches("TRF-20261202-[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}");
    assertThat(TransferReference.looksLikeOne(reference)).isTrue();
  }

  @Test
  void referencesOfOneDayRarelyRepeat() {
    Random random = new Random(42);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      seen.add(TransferReference.next(LocalDate.of(2026, 12, 2), random));
    }
    assertThat(seen).hasSizeGreaterThan(9_990);
  }
}
