package app.pos.platform.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

class XlsxTableTest {

  static Map<String, String> entries(byte[] workbook) throws IOException {
    Path file = Files.createTempFile("table", ".xlsx");
    try {
      Files.write(file, workbook);
      Map<String, String> entries = new HashMap<>();
      try (ZipFile zip = new ZipFile(file.toFile())) {
        for (ZipEntry e : java.util.Collections.list(zip.entries())) {
          try (var in = zip.getInputStream(e)) {
            entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
          }
        }
      }
      return entries;
    } finally {
      Files.delete(file);
    }
  }

  @Test
  void aTableIsAWorkbookWithOneSheet() throws IOException {
    byte[] bytes = new XlsxTable("Valuation", "sku", "value").row("RICE", 1).toBytes();
    assertThat(entries(bytes))
        .containsKeys("xl/workbook.xml", "xl/worksheets/sheet1.xml", "[Content_Types].xml");
    assertThat(entries(bytes).get("xl/workbook.xml")).contains("Valuation");
  }

  /** The sheet of one row: a quantity of 3 and an amount of 12.5. */
  static String quantityWithAmount() throws IOException {
    return entries(
            new XlsxTable("S", "qty", "value")
                .row(new BigDecimal("3"), XlsxTable.money(new BigDecimal("12.5")))
                .toBytes())
        .get("xl/worksheets/sheet1.xml");
  }

  @Test
  void numbersAreNumberCells() throws IOException {
    assertThat(quantityWithAmount()).contains("<v>3</v>");
  }

  @Test
  void anAmountKeepsTwoDecimals() throws IOException {
    assertThat(quantityWithAmount()).contains("<v>12.50</v>");
  }

  @Test
  void textThatLooksLikeAFormulaStaysText() throws IOException {
    Map<String, String> workbook =
        entries(new XlsxTable("S", "name").row("=HYPERLINK(\"http://x\")").toBytes());
    assertThat(workbook.get("xl/worksheets/sheet1.xml")).doesNotContain("<f>");
    assertThat(String.join("", workbook.values())).contains("=HYPERLINK");
  }
}
