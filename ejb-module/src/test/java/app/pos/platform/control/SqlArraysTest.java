package app.pos.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class SqlArraysTest {

  @Test
  void eachValueIsQuotedSoItsPunctuationSurvivesWhileNullStaysBare() {
    assertEquals(
        "{\"a,b\",\"{x}\",\"say \\\"hi\\\"\",\"back\\\\slash\",NULL}",
        SqlArrays.literal(Arrays.asList("a,b", "{x}", "say \"hi\"", "back\\slash", null)));
  }

  @Test
  void aUuidOrAnAmountIsWrittenAsItsText() {
    UUID id = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    assertEquals("{\"00000000-0000-0000-0000-00000000000a\"}", SqlArrays.literal(List.of(id)));
    assertEquals(
        "{\"1.2500\",\"-3\"}",
        SqlArrays.literal(List.of(new BigDecimal("1.2500"), BigDecimal.valueOf(-3))));
  }

  @Test
  void anEmptyListIsAnEmptyArray() {
    assertEquals("{}", SqlArrays.literal(List.of()));
  }
}
