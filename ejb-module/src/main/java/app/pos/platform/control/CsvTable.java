package app.pos.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * The one CSV writer (RFC 4180 through Apache Commons CSV): numbers stay bare, every other cell is
 * quoted with its quotes doubled, and a text cell that a spreadsheet would run as a formula
 * (starting with {@code = + - @}, a tab or a carriage return) is prefixed with an apostrophe, so
 * {@code =HYPERLINK(...)} in a SKU or a name is shown, never run.
 */
public final class CsvTable {

  private static final CSVFormat HEADER =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.MINIMAL).get();
  private static final CSVFormat ROWS =
      CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

  private final StringBuilder out = new StringBuilder();
  private final CSVPrinter rows;

  public CsvTable(String... header) {
    try {
      new CSVPrinter(out, HEADER).printRecord((Object[]) header);
      rows = new CSVPrinter(out, ROWS);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
  }

  /** One line; {@code null} is an empty cell, a {@link Number} a bare number. */
  public CsvTable row(Object... cells) {
    Object[] safe = new Object[cells.length];
    for (int i = 0; i < cells.length; i++) {
      safe[i] = cell(cells[i]);
    }
    try {
      rows.printRecord(safe);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** An amount as a bare number with the currency's two decimals. */
  public static BigDecimal money(BigDecimal amount) {
    return new BigDecimal(Money.format(amount));
  }

  /** A quantity as a bare number without trailing zeros. */
  public static BigDecimal quantity(BigDecimal quantity) {
    return new BigDecimal(quantity.stripTrailingZeros().toPlainString());
  }

  static Object cell(Object value) {
    if (value == null || value instanceof Number) {
      return value;
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      return "'" + text;
    }
    return text;
  }

  @Override
  public String toString() {
    return out.toString();
  }
}
