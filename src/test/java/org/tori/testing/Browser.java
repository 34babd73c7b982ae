package org.tori.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;

/** Headless Debian Chromium, and axe-core (the npm package) injected into pages to check them. */
public final class Browser {

    private Browser() {}

    public static WebDriver start() {
        var options = new ChromeOptions();
        var binary = System.getenv().getOrDefault("TORI_CHROMIUM", "/usr/bin/chromium");
        options.setBinary(binary);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--window-size=1280,900",
                "--lang=en");
        // the password manager's and autofill's pop-ups can swallow a click on a form's button
        options.addArguments(
                "--disable-features=PasswordManagerOnboarding,PasswordGeneration,AutofillServerCommunication");
        options.setExperimentalOption(
                "prefs",
                Map.of(
                        "credentials_enable_service",
                        false,
                        "profile.password_manager_enabled",
                        false,
                        "autofill.profile_enabled",
                        false,
                        "autofill.credit_card_enabled",
                        false));
        var driver = new ChromeDriver(options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        // elements of the page that a click leads to may take a moment to appear
        driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(15));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        return driver;
    }

    /**
     * Waits until the page's main heading reads as expected. A click on a submit button may return
     * before the next page arrives, so a check right after it could still see the old page.
     */
    public static void waitForHeading(WebDriver driver, String expected) {
        try {
            new org.openqa.selenium.support.ui.WebDriverWait(driver, Duration.ofSeconds(30))
                    .ignoring(org.openqa.selenium.WebDriverException.class)
                    .until(d -> d.findElements(org.openqa.selenium.By.tagName("h1")).stream()
                            .anyMatch(h -> expected.equals(h.getText())));
        } catch (org.openqa.selenium.TimeoutException e) {
            var typed =
                    driver.findElements(org.openqa.selenium.By.cssSelector("main input:not([type=hidden])")).stream()
                            .map(i -> i.getAttribute("id") + "=" + i.getAttribute("value"))
                            .toList();
            throw new AssertionError(
                    "expected the heading '" + expected + "' on " + driver.getCurrentUrl() + ", the page says:\n"
                            + driver.findElement(org.openqa.selenium.By.tagName("main"))
                                    .getText() + "\nfields: " + typed,
                    e);
        }
    }

    /** The violations axe finds with impact serious or critical, as "rule: target" lines. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) throws IOException {
        var axe = Files.readString(
                Path.of(System.getenv().getOrDefault("TORI_AXE_JS", ".tools/npm/node_modules/axe-core/axe.min.js")));
        var js = (JavascriptExecutor) driver;
        js.executeScript(axe);
        var result = (Map<String, Object>) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done({violations: r.violations.map(v => ({id: v.id, impact: v.impact,
                          targets: v.nodes.map(n => n.target.join(' ')).join(', ')}))}))
                   .catch(e => done({error: String(e)}));
                """);
        if (result.containsKey("error")) {
            throw new AssertionError("axe failed: " + result.get("error"));
        }
        return ((List<Map<String, Object>>) result.get("violations"))
                .stream()
                        .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
                        .map(v -> v.get("id") + " (" + v.get("impact") + "): " + v.get("targets"))
                        .toList();
    }
}
