package app.pos.platform.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The one XLSX writer (fastexcel): a sheet with a bold header row, numbers as numbers (amounts with
 * two decimals), text as text. Text is written as a string cell, never as a formula, so a SKU or
 * name such as {@code =HYPERLINK(...)} is shown, not run.
 */
public final class XlsxTable {

  /** The media type of an XLSX workbook. */
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  /** An amount of money: a number cell shown with two decimals. */
  public record Amount(BigDecimal value) {}

  private final String sheet;
  private final String[] header;
  private final List<Object[]> rows = new ArrayList<>();

  public XlsxTable(String sheet, String... header) {
    this.sheet = sheet;
    this.header = header.clone();
  }

  /** One row; {@code null} is an empty cell, a {@link Number} a number, an {@link Amount} money. */
  public XlsxTable row(Object... cells) {
    rows.add(cells.clone());
    return this;
  }

  public static Amount money(BigDecimal amount) {
    return amount == null ? null : new Amount(new BigDecimal(Money.format(amount)));
  }

  /** The workbook's bytes. */
  public byte[] toBytes() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Workbook workbook = new Workbook(out, "POS", "1.0");
      Worksheet ws = workbook.newWorksheet(sheet);
      for (int c = 0; c < header.length; c++) {
        ws.value(0, c, header[c]);
        ws.style(0, c).bold().set();
      }
      for (int r = 0; r < rows.size(); r++) {
        Object[] cells = rows.get(r);
        for (int c = 0; c < cells.length; c++) {
          write(ws, r + 1, c, cells[c]);
        }
      }
      workbook.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return out.toByteArray();
  }

  private static void write(Worksheet ws, int r, int c, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Amount amount) {
      ws.value(r, c, amount.value());
      ws.style(r, c).format("0.00").set();
    } else if (value instanceof Number number) {
      ws.value(r, c, number);
    } else if (value instanceof Boolean flag) {
      ws.value(r, c, flag);
    } else {
      ws.value(r, c, value.toString());
    }
  }
}
