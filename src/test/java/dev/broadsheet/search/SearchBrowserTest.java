package dev.broadsheet.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import dev.broadsheet.cli.Main;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The example site in real headless Chromium, through Debian's chromedriver: a reader types a
 * query into the search box in the masthead, sees the expected article among the results on
 * the search page and clicks through to it, over HTTP under a sub-path and from {@code file://}.
 * Screenshots of the results, light and dark, wide and narrow, go to
 * {@code target/search-screenshots/}.
 */
class SearchBrowserTest {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final String ALLIES = "Allies review intelligence sharing after Oval Office meeting";

  @TempDir
  static Path dir;

  private static Path site;
  private static HttpServer server;
  private static ChromeDriver driver;

  @BeforeAll
  static void start() throws IOException {
    site = dir.resolve("site");
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err),
        "build", "--out", site.toString(), "--quiet");
    assertThat(code).as(err.toString()).isZero();
    server = serve(site, "/archive/");
    driver = chromium(dir.resolve("profile"));
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (server != null) {
      server.stop(0);
    }
  }

  /** Debian's Chromium through its chromedriver; never a downloaded browser or driver. */
  static ChromeDriver chromium(Path profile) {
    if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
      fail("The end-to-end search tests need Chromium and ChromeDriver at " + CHROMIUM + " and "
          + CHROMEDRIVER + ": install them with 'sudo apt-get install chromium chromium-driver'"
          + " (.ci/run does)");
    }
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
        "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
    return new ChromeDriver(service, options);
  }

  /** Serves {@code root} at {@code http://127.0.0.1:PORT/prefix}, as a static host would. */
  static HttpServer serve(Path root, String prefix) throws IOException {
    HttpServer http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
        0);
    http.createContext(prefix, exchange -> {
      String path = exchange.getRequestURI().getPath().substring(prefix.length());
      Path file = root.resolve(path.isEmpty() ? "index.html" : path).normalize();
      try (exchange) {
        if (!file.startsWith(root) || !Files.isRegularFile(file)) {
          exchange.sendResponseHeaders(404, -1);
          return;
        }
        String name = file.getFileName().toString();
        exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html")
            ? "text/html; charset=utf-8" : name.endsWith(".js") ? "text/javascript; charset=utf-8"
            : name.endsWith(".css") ? "text/css" : "application/octet-stream");
        byte[] bytes = Files.readAllBytes(file);
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    });
    http.start();
    return http;
  }

  static String httpUrl(HttpServer http, String path) {
    return "http://127.0.0.1:" + http.getAddress().getPort() + "/archive/" + path;
  }

  private WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(15));
  }

  /** Types into the masthead's box, submits, finds the article and clicks through to it. */
  private void searchFromTheMastheadAndOpen(String home) {
    driver.get(home);
    WebElement box = driver.findElement(By.id("search-box-input"));
    box.sendKeys("intelligence", Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("search.html?q=intelligence"));
    WebElement link = waiting().until(ExpectedConditions.elementToBeClickable(
        By.xpath("//ol[@class='search-results']//a[normalize-space()='" + ALLIES + "']")));
    assertThat(driver.findElement(By.id("search-query")).getAttribute("value"))
        .isEqualTo("intelligence");
    assertThat(driver.findElements(By.cssSelector(".search-result-headline mark")))
        .extracting(WebElement::getText).contains("intelligence");
    assertThat(driver.findElement(By.cssSelector(".search-status")).getText())
        .contains("match").contains("intelligence");
    link.click();
    waiting().until(ExpectedConditions.textToBe(By.cssSelector("h1.headline"), ALLIES));
    assertThat(driver.getCurrentUrl()).contains("/articles/allies-review-intelligence");
  }

  @Test
  void searchWorksOverHttpUnderASubPath() {
    searchFromTheMastheadAndOpen(httpUrl(server, "index.html"));
    assertThat(driver.getCurrentUrl()).startsWith(httpUrl(server, "articles/"));
  }

  @Test
  void searchWorksFromDisk() {
    searchFromTheMastheadAndOpen(site.resolve("index.html").toUri().toString());
    assertThat(driver.getCurrentUrl()).startsWith("file:");
  }

  @Test
  void resultsFollowTheReaderAsTheyTypeAndFilter() {
    driver.get(httpUrl(server, "search.html"));
    WebElement query = waiting().until(ExpectedConditions.visibilityOfElementLocated(
        By.id("search-query")));
    assertThat(driver.findElement(By.cssSelector(".masthead .search-box")).isDisplayed())
        .isFalse();
    query.sendKeys("trump sha");
    waiting().until(ExpectedConditions.urlContains("q=trump+sha"));
    waiting().until(d -> d.findElements(By.cssSelector(".search-result")).size() >= 2);
    assertThat(driver.findElements(By.cssSelector(".search-result-snippet mark")))
        .extracting(WebElement::getText).anyMatch(t -> t.toLowerCase().startsWith("shar"));
    new Select(driver.findElement(By.name("section"))).selectByVisibleText("World (2)");
    waiting().until(ExpectedConditions.urlContains("section=World"));
    waiting().until(d -> d.findElements(By.cssSelector(".search-result .kicker")).stream()
        .allMatch(k -> k.getText().equalsIgnoreCase("World")));
    query.clear();
    query.sendKeys("\"oval office\"");
    waiting().until(ExpectedConditions.textToBePresentInElementLocated(
        By.cssSelector(".search-status"), "1 article matches"));
  }

  @Test
  void screenshotsOfResultsLightAndDarkWideAndNarrow() throws IOException {
    Path shots = Path.of("target", "search-screenshots");
    Files.createDirectories(shots);
    for (String scheme : List.of("light", "dark")) {
      driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
          List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (int width : new int[] {1280, 375}) {
        driver.manage().window().setSize(new Dimension(width, 1100));
        driver.get(httpUrl(server, "search.html?q=intelligence%20sharing"));
        waiting().until(d -> d.findElements(By.cssSelector(".search-result")).size() >= 2);
        Files.write(shots.resolve("search-" + width + "-" + scheme + ".png"),
            driver.getScreenshotAs(OutputType.BYTES));
      }
    }
    driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
    driver.manage().window().setSize(new Dimension(1280, 900));
    assertThat(shots.resolve("search-375-dark.png")).isNotEmptyFile();
  }
}
