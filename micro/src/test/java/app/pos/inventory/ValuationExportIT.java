package app.pos.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import app.pos.devkit.PosApi;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.Test;

/** The valuation as a spreadsheet beside JSON and CSV. */
@SharedServer
class ValuationExportIT {

  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @ArquillianResource URL base;

  static Map<String, String> entries(byte[] zip) throws IOException {
    // read as spreadsheet programs do, from the central directory
    Path file = Files.createTempFile("valuation", ".xlsx");
    try {
      Files.write(file, zip);
      Map<String, String> entries = new HashMap<>();
      try (ZipFile workbook = new ZipFile(file.toFile())) {
        for (ZipEntry e : java.util.Collections.list(workbook.entries())) {
          try (var in = workbook.getInputStream(e)) {
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
  void theValuationIsAWorkbookNamingEachProductWithItsLocation() throws IOException {
    PosApi api = new PosApi(base);
    Shop shop = Shop.open(api);
    String rice = shop.product("RICE-5KG", "Jasmine rice 5kg");
    shop.receive(rice, "10", "2.50", "4.00");
    Response answer =
        api.as(shop.admin()).accept(XLSX).get(Shop.INVENTORY + "reports/valuation/?format=xlsx");
    answer
        .then()
        .statusCode(200)
        .contentType(startsWith(XLSX))
        .header("Content-Disposition", equalTo("attachment; filename=\"valuation.xlsx\""));
    Map<String, String> workbook = entries(answer.asByteArray());
    assertThat(workbook).containsKey("xl/worksheets/sheet1.xml");
    String text = String.join("\n", workbook.values());
    assertThat(text).contains("Jasmine rice 5kg", "Main warehouse", "RICE-5KG", "product_name");
    assertThat(workbook.get("xl/worksheets/sheet1.xml")).contains("<v>25");
  }

  @Test
  void anUnknownFormatIsRefused() {
    PosApi api = new PosApi(base);
    api.hostile(api.registerBusiness())
        .get(Shop.INVENTORY + "reports/valuation/?format=ods")
        .then()
        .statusCode(400);
  }
}
