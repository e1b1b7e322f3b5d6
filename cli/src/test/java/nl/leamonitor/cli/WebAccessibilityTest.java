package nl.leamonitor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The web publication of the shipped sample in a real browser: Debian's Chromium, headless, driven
 * by Selenium through Debian's chromedriver (never one Selenium Manager would download). Every page
 * of {@code latest/web} is opened and checked by axe-core at WCAG 2.1 A and AA: zero violations. A
 * screenshot of {@code index.html} goes to {@code target/web-overzicht.png} (the README's {@code
 * docs/web-overzicht.png} is a copy of it).
 *
 * <p>Tagged {@code browser}: {@code .ci/run} installs chromium and chromium-driver, so CI runs it;
 * on a machine without them {@code -DexcludedGroups=browser} leaves it out. Over 20 s (the sample
 * run and 17 pages), so also {@code langzaam}.
 */
@Tag("browser")
@Tag("langzaam")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebAccessibilityTest {
  /** The WCAG 2.1 A and AA rules of axe-core, by their tags. */
  static final List<String> WCAG21_A_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

  @TempDir static Path temp;
  private Path web;
  private ChromeDriver driver;

  @BeforeAll
  void runOnTheSampleAndStartChromium() throws Exception {
    LeaProcess.Result run = LeaProcess.runOnTheSample(temp);
    assertEquals(0, run.exitCode(), run.stderr());
    web = temp.resolve("out/latest/web").toRealPath();

    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary("/usr/bin/chromium");
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().window().setSize(new Dimension(1200, 1500));
  }

  @AfterAll
  void stopChromium() {
    if (driver != null) {
      driver.quit();
    }
  }

  @Test
  void everyPageHasNoViolationOfWcag21AandAA() throws IOException {
    List<Path> pages;
    try (Stream<Path> files = Files.list(web)) {
      pages = files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    // index, the four ambitions, the forecast, the small maps, the data quality and the sample's
    // 9 wijken.
    assertEquals(17, pages.size(), pages.toString());
    List<String> violations = new ArrayList<>();
    for (Path page : pages) {
      driver.get(page.toUri().toString());
      assertEquals(
          "nl", driver.findElement(org.openqa.selenium.By.tagName("html")).getAttribute("lang"));
      Results results = new AxeBuilder().withTags(WCAG21_A_AA).analyze(driver);
      assertTrue(results.getPasses().size() > 10, page + ": axe-core ran its rules");
      for (Rule rule : results.getViolations()) {
        violations.add(
            page.getFileName()
                + ": "
                + rule.getId()
                + " ("
                + rule.getNodes().size()
                + "x) "
                + rule.getHelp());
      }
    }
    System.out.printf(
        "Toegankelijkheid: %d pagina's gecontroleerd, %d overtredingen%n",
        pages.size(), violations.size());
    assertEquals(List.of(), violations);
  }

  @Test
  void screenshotOfTheOverview() throws IOException {
    driver.get(web.resolve("index.html").toUri().toString());
    Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
    Path target = Path.of("target", "web-overzicht.png");
    Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    assertTrue(Files.size(target) > 10_000, "a picture of the page, not an empty one");
  }
}
