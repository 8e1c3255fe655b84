package app.pos.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The admin console in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs when missing): sign in, start a trial balance, watch it complete, read a figure.
 */
@SharedServer
class AdminConsoleIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  @ArquillianResource URL base;
  WebDriver browser;

  @BeforeEach
  void browser() {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=1280,900");
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void anAdminSignsInRunsATrialBalanceAndReadsItsTotal() {
    PosApi api = new PosApi(base);
    Staff admin = api.registerBusiness();
    String warehouse =
        api.as(admin).body(Map.of("name", "Main")).post("inventory/api/warehouses/").path("id");
    String product =
        api.as(admin)
            .body(Map.of("sku", "TEA", "name", "Tea"))
            .post("inventory/api/products/")
            .path("id");
    api.as(admin)
        .body(
            Map.of(
                "warehouse_id",
                warehouse,
                "supplier",
                "Acme",
                "reference",
                "INV-9",
                "items",
                List.of(
                    Map.of(
                        "product_id",
                        product,
                        "quantity",
                        "10",
                        "unit_cost",
                        "5.00",
                        "retail_price",
                        "9.00",
                        "wholesale_price",
                        "8.00"))))
        .post("inventory/api/batches/")
        .then()
        .statusCode(201);

    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(base + "admin/");
    browser.findElement(By.id("email")).sendKeys(admin.email());
    browser.findElement(By.id("password")).sendKeys(admin.password());
    browser.findElement(By.id("sign-in")).click();
    By run = By.cssSelector("[data-job='trial-balance'] button.run");
    wait.until(ExpectedConditions.elementToBeClickable(run)).click();
    wait.until(ExpectedConditions.textToBe(By.id("status"), "COMPLETED"));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("total-debit")));
    assertThat(browser.findElement(By.id("balanced")).getText()).isEqualTo("Balanced");
    assertThat(browser.findElement(By.id("total-debit")).getText()).isEqualTo("50.00");
    assertThat(browser.findElement(By.id("total-credit")).getText()).isEqualTo("50.00");
    assertThat(browser.findElement(By.id("progress")).getAttribute("value")).isEqualTo("100");
    assertThat(browser.findElement(By.id("trial-balance-lines")).getText()).contains("1200");

    // the sales report draws its chart and offers CSV
    browser.findElement(By.cssSelector("[data-job='sales-report'] button.run")).click();
    wait.until(ExpectedConditions.textToBe(By.id("run-title"), "sales-report"));
    wait.until(ExpectedConditions.textToBe(By.id("status"), "COMPLETED"));
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sales-chart")));
    assertThat(browser.findElement(By.id("sales-count")).getText()).isEqualTo("0");
    assertThat(browser.findElement(By.id("download-csv")).isDisplayed()).isTrue();
  }

  @Test
  void signOutRevokesTheTokenOnTheServer() {
    PosApi api = new PosApi(base);
    Staff admin = api.registerBusiness();
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    browser.get(base + "admin/");
    browser.findElement(By.id("email")).sendKeys(admin.email());
    browser.findElement(By.id("password")).sendKeys(admin.password());
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("sign-out")));
    String token =
        (String)
            ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("return sessionStorage.getItem('pos.token')");
    api.as(token).get("accounts/api/users/me/").then().statusCode(200);
    browser.findElement(By.id("sign-out")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-in-panel")));
    api.as(token).get("accounts/api/users/me/").then().statusCode(401);
  }

  @Test
  void swaggerUiAndRedocRenderUnderTheirContentSecurityPolicy() {
    WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    browser.get(base + "api/schema/swagger-ui/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".swagger-ui .info")));
    assertThat(browser.findElement(By.cssSelector(".swagger-ui .info")).getText())
        .contains("POS platform API");
    browser.get(base + "api/schema/redoc/");
    wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".api-content")));
    assertThat(browser.findElement(By.cssSelector(".api-content")).getText())
        .contains("POS platform API");
  }
}
