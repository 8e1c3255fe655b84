package app.pos.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ActiveFilterTest {

  @Test
  void aListShowsActiveObjectsByDefault() {
    assertThat(ActiveFilter.of(null, null)).isEqualTo(ActiveFilter.ACTIVE);
    assertThat(ActiveFilter.of("true", null)).isEqualTo(ActiveFilter.ACTIVE);
    assertThat(ActiveFilter.of(null, "false")).isEqualTo(ActiveFilter.ACTIVE);
  }

  @Test
  void isActiveFalseShowsOnlyRetiredObjects() {
    assertThat(ActiveFilter.of("false", null)).isEqualTo(ActiveFilter.INACTIVE);
    assertThat(ActiveFilter.INACTIVE.jpql()).isEqualTo("e.active = FALSE");
  }

  @Test
  void includeInactiveShowsBoth() {
    assertThat(ActiveFilter.of(null, "true")).isEqualTo(ActiveFilter.ALL);
    assertThat(ActiveFilter.ALL.jpql()).isEmpty();
  }

  @Test
  void onlyTrueOrFalseIsABoolean() {
    assertThatThrownBy(() -> ActiveFilter.of("yes", null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ActiveFilter.of(null, "1")).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void bothFiltersAtOnceAreAContradiction() {
    assertThatThrownBy(() -> ActiveFilter.of("false", "true"))
        .isInstanceOf(InvalidInputException.class);
  }
}
