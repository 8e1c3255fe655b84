package app.pos.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class PatchCommandTest {

  static class Change extends PatchCommand {
    Change() {
      super("phone");
    }
  }

  @Test
  void aClearableFieldSentAsNullIsCleared() {
    Change change = new Change();
    change.sentAsNull(Set.of("phone"));
    assertThat(change.clears("phone")).isTrue();
  }

  @Test
  void aNullForAFieldThatCannotBeEmptyClearsNothing() {
    Change change = new Change();
    change.sentAsNull(Set.of("name"));
    assertThat(change.clears("name")).isFalse();
    assertThat(change.clearsAny()).isFalse();
  }
}
