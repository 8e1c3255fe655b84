package app.pos.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  @Test
  void aFormulaInATextCellIsQuotedBehindAnApostrophe() {
    String csv = new CsvTable("sku").row("=HYPERLINK(\"http://x.test\",\"a\")").toString();
    assertThat(csv).isEqualTo("sku\r\n\"'=HYPERLINK(\"\"http://x.test\"\",\"\"a\"\")\"\r\n");
  }

  @Test
  void everyFormulaStarterIsDefused() {
    for (String starter : new String[] {"=", "+", "-", "@", "\t", "\r"}) {
      assertThat(new CsvTable("x").row(starter + "1+1").toString()).contains("\"'" + starter);
    }
  }

  @Test
  void numbersStayBareEvenWhenNegative() {
    assertThat(
            new CsvTable("a", "b")
                .row(
                    CsvTable.money(new BigDecimal("-5")),
                    CsvTable.quantity(new BigDecimal("4.000")))
                .toString())
        .isEqualTo("a,b\r\n-5.00,4\r\n");
  }

  @Test
  void aQuoteCommaOrLineBreakStaysInsideItsCell() {
    assertThat(new CsvTable("name").row("a,\"b\"\nc").toString())
        .isEqualTo("name\r\n\"a,\"\"b\"\"\nc\"\r\n");
  }

  @Test
  void nullIsAnEmptyCell() {
    assertThat(new CsvTable("a", "b").row(null, 1).toString()).isEqualTo("a,b\r\n,1\r\n");
  }
}
