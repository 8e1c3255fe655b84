package app.pos.inventory;

import java.math.BigDecimal;
import org.hamcrest.CustomMatcher;
import org.hamcrest.Matcher;

/** A JSON number equal to a decimal, whatever its scale ({@code 3}, {@code 3.0}, {@code 3.000}). */
final class Quantity {

  private Quantity() {}

  static Matcher<Object> of(String expected) {
    return new CustomMatcher<>("a number equal to " + expected) {
      @Override
      public boolean matches(Object actual) {
        return actual instanceof Number
            && new BigDecimal(actual.toString()).compareTo(new BigDecimal(expected)) == 0;
      }
    };
  }
}
