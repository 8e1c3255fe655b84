package app.pos.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.pos.devkit.PosApi;
import app.pos.devkit.PosApi.Staff;
import app.pos.devkit.SharedServer;
import app.pos.devkit.Shop;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The finance console in headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs when missing), driven through a month end as a finance user works it, with axe-core
 * (from npm, src/test/axe, installed under target/ by this test) checking each screen. Screenshots
 * of the result at 1366x768 and of the history at 390 px wide go to target/screenshots/.
 */
@SharedServer
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Order(2) // a long class: started first, so the run does not wait for it at the end
class AdminConsoleIT {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  static final Path DOWNLOADS = Path.of("target/console-downloads").toAbsolutePath();
  static final Path SCREENSHOTS = Path.of("target/screenshots").toAbsolutePath();

  @ArquillianResource URL base;
  WebDriver browser;
  WebDriverWait wait;

  /** One browser for the class: starting Chromium costs more than most of these tests. */
  @BeforeAll
  void browser() throws IOException {
    assumeTrue(
        Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
        "needs Debian's chromium and chromium-driver (apt-get install chromium chromium-driver)");
    Files.createDirectories(DOWNLOADS);
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
        "--window-size=1366,768");
    options.setExperimentalOption(
        "prefs",
        Map.of(
            "download.default_directory",
            DOWNLOADS.toString(),
            "download.prompt_for_download",
            false));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    wait = new WebDriverWait(browser, Duration.ofSeconds(60));
  }

  /** Each test starts signed out, on a laptop's screen, as a new visitor would. */
  @BeforeEach
  void signedOut() {
    if (browser.getCurrentUrl().startsWith(base.toString())) { // what the last test left
      ((JavascriptExecutor) browser)
          .executeScript("window.sessionStorage.clear(); window.localStorage.clear();");
      browser.manage().deleteAllCookies();
      browser.get("about:blank");
    }
    browser.manage().window().setSize(new Dimension(1366, 768));
  }

  @AfterAll
  void close() {
    if (browser != null) {
      browser.quit();
    }
  }

  @Test
  void aFinanceAdminWorksThroughTheMonthEnd() throws Exception {
    PosApi api = new PosApi(base);
    Staff admin = api.registerBusiness();
    stockWorth50(api, admin);
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    LocalDate lastMonthStart = today.withDayOfMonth(1).minusMonths(1);
    LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
    String business = "shop-" + admin.email().replaceAll("[^a-z0-9]+", "-");

    browser.manage().window().setSize(new Dimension(1366, 768));
    browser.get(base + "admin/");
    axe("the sign-in page");
    signIn(admin);

    // last month's trial balance with a preset: the result is where the eye is
    By lastMonth = By.cssSelector("form[data-job='trial-balance'] [data-preset='last-month']");
    wait.until(ExpectedConditions.elementToBeClickable(lastMonth)).click();
    assertThat(field("p-trial-balance-period_start")).isEqualTo(lastMonthStart.toString());
    assertThat(field("p-trial-balance-period_end")).isEqualTo(lastMonthEnd.toString());
    WebElement run =
        browser.findElement(By.cssSelector("form[data-job='trial-balance'] button.run"));
    assertThat(run.getText()).isEqualTo("Run trial balance");
    run.click();
    completed();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("total-debit")));
    assertThat(inViewport("run-title")).isTrue();
    assertThat(inViewport("total-debit")).isTrue();
    assertThat(browser.findElement(By.id("total-debit")).getText()).isEqualTo("$0.00");
    assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("run-title");
    assertThat(browser.findElement(By.id("run-meta")).getText())
        .contains("Shop " + admin.email())
        .contains("Olive Owner");
    assertThat(browser.findElement(By.id("progress")).getAttribute("aria-valuenow"))
        .isEqualTo("100");
    // the typed parameters stay in the form
    assertThat(field("p-trial-balance-period_start")).isEqualTo(lastMonthStart.toString());
    String lastMonthRun = browser.getCurrentUrl().replaceAll(".*#/runs/", "");
    assertThat(browser.getCurrentUrl()).endsWith("#/runs/" + lastMonthRun);
    screenshot("console-1366x768-trial-balance.png");
    axe("a trial balance's result");

    // a reload shows the same run, and the history has it with who ran it
    browser.navigate().refresh();
    completed();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("total-debit")));
    browser.findElement(By.id("nav-history")).click();
    By firstRow = By.cssSelector("#history tbody tr[data-run='" + lastMonthRun + "']");
    wait.until(ExpectedConditions.visibilityOfElementLocated(firstRow));
    assertThat(browser.findElement(firstRow).getText()).contains("Olive Owner", "Completed");

    // this month's, then the two side by side
    browser.findElement(By.id("nav-jobs")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("form[data-job='trial-balance'] [data-preset='this-month']")))
        .click();
    browser.findElement(By.cssSelector("form[data-job='trial-balance'] button.run")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains(lastMonthRun)));
    completed();
    wait.until(ExpectedConditions.textToBe(By.id("total-debit"), "$50.00"));
    String thisMonthRun = browser.getCurrentUrl().replaceAll(".*#/runs/", "");
    browser.findElement(By.id("download-csv")).click();
    downloaded(business + "-trial-balance-" + today.withDayOfMonth(1) + "_" + today + ".csv");

    browser.findElement(By.id("nav-history")).click();
    wait.until(
        ExpectedConditions.visibilityOfElementLocated(
            By.cssSelector("#history tbody tr[data-run='" + thisMonthRun + "']")));
    browser.findElement(By.cssSelector("#history input[value='" + lastMonthRun + "']")).click();
    browser.findElement(By.cssSelector("#history input[value='" + thisMonthRun + "']")).click();
    browser.findElement(By.cssSelector("#history a.csv[data-run='" + lastMonthRun + "']")).click();
    downloaded(business + "-trial-balance-" + lastMonthStart + "_" + lastMonthEnd + ".csv");
    browser.manage().window().setSize(new Dimension(390, 844));
    screenshot("console-390-history.png");
    // the table scrolls inside its region; the page itself is no wider than the phone
    assertThat(
            (Boolean)
                ((JavascriptExecutor) browser)
                    .executeScript(
                        "return document.documentElement.scrollWidth <= window.innerWidth;"))
        .isTrue();
    axe("the run history at 390 px");
    browser.manage().window().setSize(new Dimension(1366, 768));
    wait.until(ExpectedConditions.elementToBeClickable(By.id("compare-selected"))).click();
    By stock = By.cssSelector("#comparison tr[data-key='1200']");
    wait.until(ExpectedConditions.visibilityOfElementLocated(stock));
    assertThat(browser.findElement(stock).getText()).contains("$0.00", "$50.00", "+$50.00");
    axe("a comparison");

    // the P&L and the balance sheet for this month, beside the jobs
    browser.findElement(By.id("nav-statements")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("#statements-presets [data-preset='this-month']")))
        .click();
    wait.until(ExpectedConditions.textToBe(By.id("total-liabilities-and-equity"), "$50.00"));
    axe("the statements");

    // a two-year sales report runs as a job, to COMPLETED
    browser.findElement(By.id("nav-jobs")).click();
    WebElement from =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("p-sales-report-date_from")));
    from.clear();
    from.sendKeys(today.minusYears(2).toString());
    browser.findElement(By.cssSelector("form[data-job='sales-report'] button.run")).click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains(thisMonthRun)));
    completed();
    wait.until(ExpectedConditions.presenceOfElementLocated(By.id("sales-report-storefronts")));
    assertThat(browser.findElement(By.id("sales-count")).getText()).isEqualTo("0");
    String salesRun = browser.getCurrentUrl().replaceAll(".*#/runs/", "");

    // the valuation names its products and locations
    browser.findElement(By.id("nav-jobs")).click();
    wait.until(
            ExpectedConditions.elementToBeClickable(
                By.cssSelector("form[data-job='inventory-valuation'] button.run")))
        .click();
    wait.until(ExpectedConditions.not(ExpectedConditions.urlContains(salesRun)));
    completed();
    wait.until(ExpectedConditions.textToBe(By.id("valuation-total"), "$50.00"));
    assertThat(browser.findElement(By.id("valuation-rows")).getText())
        .contains("TEA Tea", "Main (warehouse)");

    // sign out: the server refuses the token from then on, and the form is empty
    String token =
        (String)
            ((JavascriptExecutor) browser)
                .executeScript("return sessionStorage.getItem('pos.token')");
    browser.findElement(By.id("sign-out")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("sign-in-message"), "You have signed out"));
    assertThat(field("email")).isEmpty();
    assertThat(field("password")).isEmpty();
    api.as(token).get("accounts/api/users/me/").then().statusCode(401);
  }

  @Test
  void aFormsBadInputIsShownBesideItsFieldWithoutStartingARun() {
    PosApi api = new PosApi(base);
    Staff admin = api.registerBusiness();
    browser.get(base + "admin/");
    signIn(admin);
    WebElement from =
        wait.until(ExpectedConditions.elementToBeClickable(By.id("p-trial-balance-period_start")));
    from.clear();
    from.sendKeys("31/12/2026");
    browser.findElement(By.cssSelector("form[data-job='trial-balance'] button.run")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("p-trial-balance-period_start-error"), "YYYY-MM-DD"));
    assertThat(from.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(browser.getCurrentUrl()).doesNotContain("#/runs/");
    // a range the server refuses names its field too
    from.clear();
    from.sendKeys("2000-01-01");
    browser.findElement(By.cssSelector("form[data-job='trial-balance'] button.run")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("p-trial-balance-period_end-error"), "at most"));
    axe("a form with errors");
    api.as(admin)
        .get("admin/api/jobs/executions/")
        .then()
        .body("count", org.hamcrest.Matchers.equalTo(0));
  }

  @Test
  void aDoubleClickOnRunStartsOneRun() {
    PosApi api = new PosApi(base);
    Staff admin = api.registerBusiness();
    browser.get(base + "admin/");
    signIn(admin);
    By run = By.cssSelector("form[data-job='integrity-check'] button.run");
    new org.openqa.selenium.interactions.Actions(browser)
        .doubleClick(wait.until(ExpectedConditions.elementToBeClickable(run)))
        .perform();
    completed();
    api.as(admin)
        .get("admin/api/jobs/executions/")
        .then()
        .body("count", org.hamcrest.Matchers.equalTo(1));
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("integrity-ok")));
    assertThat(browser.findElement(By.id("integrity-ok")).getText()).isEqualTo("All checks pass");
  }

  @Test
  void aManagerSeesWhyRunIsDisabled() {
    PosApi api = new PosApi(base);
    Staff manager = api.addStaff(api.registerBusiness(), "MANAGER");
    browser.get(base + "admin/");
    signIn(manager);
    By run = By.cssSelector("form[data-job='trial-balance'] button.run");
    wait.until(ExpectedConditions.presenceOfElementLocated(run));
    assertThat(browser.findElement(run).isEnabled()).isFalse();
    assertThat(browser.findElement(By.id("why-trial-balance")).getText())
        .contains("Only an administrator");
    assertThat(browser.findElement(By.id("platform-panel")).isDisplayed()).isFalse();
  }

  @Test
  void aSessionEndedBehindTheConsolesBackReturnsToSignIn() {
    PosApi api = new PosApi(base);
    Staff manager = api.addStaff(api.registerBusiness(), "MANAGER");
    browser.get(base + "admin/");
    signIn(manager);
    wait.until( // the console has loaded its jobs: the manager is at work in it
        ExpectedConditions.presenceOfElementLocated(
            By.cssSelector("form[data-job='trial-balance'] button.run")));
    // the token is revoked behind the console's back: the next call returns to sign-in
    String token =
        (String)
            ((JavascriptExecutor) browser)
                .executeScript("return sessionStorage.getItem('pos.token')");
    api.as(token).post("accounts/api/auth/logout/");
    browser.findElement(By.id("nav-history")).click();
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.id("sign-in-message"), "Your session has ended"));
    assertThat(browser.findElement(By.id("sign-in-panel")).isDisplayed()).isTrue();
  }

  @Test
  void thePlatformOwnerRunsPlatformJobsInTheirOwnSectionAfterConfirming() {
    PosApi api = new PosApi(base);
    Staff owner = api.platformOwner();
    browser.get(base + "admin/");
    signIn(owner);
    By init = By.cssSelector("#platform-jobs form[data-job='init-system'] button.run");
    wait.until(ExpectedConditions.elementToBeClickable(init)).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("confirm")));
    axe("the confirmation");
    browser.findElement(By.id("confirm-no")).click();
    assertThat(browser.getCurrentUrl()).doesNotContain("#/runs/");
    browser.findElement(init).click();
    wait.until(ExpectedConditions.elementToBeClickable(By.id("confirm-yes"))).click();
    completed();
  }

  @Test
  void theApiDocumentationPagesRenderUnderTheirContentSecurityPolicy() {
    browser.get(base + "api/schema/swagger-ui/");
    // the element appears before its text is rendered: wait for the text itself
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".swagger-ui .info"), "POS platform API"));
    browser.get(base + "api/schema/redoc/");
    wait.until(
        ExpectedConditions.textToBePresentInElementLocated(
            By.cssSelector(".api-content"), "POS platform API"));
    // nothing is loaded from a CDN: not even ReDoc's own logo
    assertThat(new PosApi(base).anonymous().get("api/schema/redoc/redoc.standalone.js").asString())
        .contains("API docs by Redocly")
        .doesNotContain("cdn.redoc.ly");
  }

  void signIn(Staff who) {
    wait.until(ExpectedConditions.elementToBeClickable(By.id("email"))).sendKeys(who.email());
    browser.findElement(By.id("password")).sendKeys(who.password());
    browser.findElement(By.id("sign-in")).click();
    wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("sign-out")));
  }

  void completed() {
    wait.until(ExpectedConditions.attributeToBe(By.id("status"), "data-status", "COMPLETED"));
  }

  String field(String id) {
    return browser.findElement(By.id(id)).getAttribute("value");
  }

  boolean inViewport(String id) {
    return (Boolean)
        ((JavascriptExecutor) browser)
            .executeScript(
                "const r = document.getElementById(arguments[0]).getBoundingClientRect();"
                    + " return r.top >= 0 && r.bottom <= window.innerHeight;",
                id);
  }

  void downloaded(String name) {
    Path file = DOWNLOADS.resolve(name);
    wait.until(d -> Files.isRegularFile(file));
    wait.until(d -> read(file).contains("TOTAL"));
    // the file says whose trial balance of which period it is, then the table
    assertThat(read(file).lines().findFirst().orElse(""))
        .startsWith("# ")
        .contains(" - trial-balance - ")
        .contains(" - time zone ");
    assertThat(read(file).lines().skip(1).findFirst().orElse(""))
        .startsWith("account_code,account_name");
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      return "";
    }
  }

  void screenshot(String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
  }

  /** Runs axe-core on the page as it is: no serious or critical violation (WCAG 2.2 AA rules). */
  @SuppressWarnings("unchecked")
  void axe(String where) {
    JavascriptExecutor js = (JavascriptExecutor) browser;
    js.executeScript(axeSource());
    browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
    Map<String, Object> answer =
        (Map<String, Object>)
            js.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + " axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa',"
                    + " 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })"
                    + ".then(r => done({ passes: r.passes.length, serious: r.violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ': ' + v.help + ' at '"
                    + " + v.nodes.map(n => n.target.join(' ')).join(', ')) }))"
                    + ".catch(e => done({ passes: 0, serious: ['axe failed: ' + e] }));");
    assertThat((List<String>) answer.get("serious")).as("axe-core on " + where).isEmpty();
    assertThat(((Number) answer.get("passes")).intValue())
        .as("rules axe-core checked")
        .isPositive();
  }

  static String axe;

  /** axe-core from npm at the version src/test/axe locks, installed once under target/axe. */
  static synchronized String axeSource() {
    if (axe != null) {
      return axe;
    }
    try {
      Path dir = Path.of("target/axe").toAbsolutePath();
      Path script = dir.resolve("node_modules/axe-core/axe.min.js");
      if (!Files.isRegularFile(script)) {
        Files.createDirectories(dir);
        for (String file : List.of("package.json", "package-lock.json")) {
          Files.copy(
              Path.of("src/test/axe", file),
              dir.resolve(file),
              StandardCopyOption.REPLACE_EXISTING);
        }
        Process npm =
            new ProcessBuilder("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts")
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("npm.log").toFile())
                .start();
        assertThat(npm.waitFor(5, TimeUnit.MINUTES)).as("npm ci of axe-core").isTrue();
        assertThat(npm.exitValue()).as("npm ci of axe-core: see target/axe/npm.log").isZero();
      }
      axe = Files.readString(script);
      return axe;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Receives 10 units at 5.00: stock worth 50.00 (1200 debit). */
  static void stockWorth50(PosApi api, Staff admin) {
    Shop shop = Shop.of(api, admin, "Main");
    shop.receive(shop.product("TEA", "Tea"), "10", "5.00", "9.00", "8.00");
  }
}
