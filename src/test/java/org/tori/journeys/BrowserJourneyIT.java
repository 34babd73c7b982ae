package org.tori.journeys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;
import org.tori.testing.DeployedPortal;
import org.tori.testing.Mailbox;
import org.tori.testing.Portal;

/**
 * Whole user stories in a real Chromium against the deployed portal. Buttons and links are
 * worked with the keyboard, as keyboard users do; that also keeps the tests clear of mouse clicks
 * landing on a page that is still settling.
 */
class BrowserJourneyIT extends DeployedPortal {

    private WebDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void aCitizenRegistersVerifiesLogsInAndSeesTheirProfile() throws Exception {
        var email = Portal.uniqueEmail("journey");
        browser.get(url("accounts/register"));
        browser.findElement(By.id("name")).sendKeys("Journey Citizen");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("input[type=radio][value=CITIZEN]")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "Check your e-mail");

        browser.get(url(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30)))));
        assertTrue(browser.findElement(By.id("verify-result")).getText().contains("confirmed"));

        browser.get(url("accounts/login"));
        var sessionBefore = browser.manage().getCookieNamed("JSESSIONID").getValue();
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);

        Browser.waitForHeading(browser, "My profile");
        assertEquals("Journey Citizen", browser.findElement(By.id("profile-name")).getText());
        assertNotEquals(sessionBefore, browser.manage().getCookieNamed("JSESSIONID").getValue(),
                "the session id changes on log-in");
        assertEquals(email, browser.findElement(By.id("profile-email")).getText());
        assertEquals("Citizen", browser.findElement(By.id("profile-role")).getText());
    }

    @Test
    void aRegistrationWithMissingFieldsShowsFieldMessagesAndKeepsWhatWasTyped() {
        browser.get(url("accounts/register"));
        browser.findElement(By.id("name")).sendKeys("Half Filled");
        browser.findElement(By.cssSelector("input[type=radio][value=COMPANY]")).sendKeys(Keys.SPACE);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);

        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(
                d -> d.findElement(By.tagName("main")).getText().contains("This field is required."));
        assertEquals("Half Filled", browser.findElement(By.id("name")).getAttribute("value"));
    }

    @Test
    void theLanguageSwitchTurnsThePageFinnish() {
        browser.get(url(""));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.cssSelector("a[hreflang=fi]")).sendKeys(Keys.ENTER);

        assertEquals("fi", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Luo tili", browser.findElement(By.linkText("Luo tili")).getText());
        browser.get(url("accounts/login"));
        assertEquals("Kirjaudu", browser.findElement(By.tagName("h1")).getText(), "the choice is remembered");
    }

    @Test
    void aStaffPageAnswersACitizenWith403() throws Exception {
        var email = Portal.uniqueEmail("nosy");
        var api = HttpClient.newHttpClient();
        api.send(HttpRequest.newBuilder(java.net.URI.create(url("api/accounts")))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"name": "Nosy Citizen", "email": "%s", "password": "%s", "role": "CITIZEN"}
                        """.formatted(email, PASSWORD))).build(), HttpResponse.BodyHandlers.ofString());
        browser.get(url(Mailbox.linkPath(MAILBOX.waitFor(email, Duration.ofSeconds(30)))));
        browser.get(url("accounts/login"));
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "My profile");

        browser.get(url("staff/"));
        Browser.waitForHeading(browser, "Not allowed");

        var cookies = browser.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(java.util.stream.Collectors.joining("; "));
        var status = api.send(HttpRequest.newBuilder(java.net.URI.create(url("staff/")))
                .header("Cookie", cookies).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(403, status);
    }

    @Test
    void aPartnerCityFindsAHackathonByItsFiltersAndJoinsIt() throws Exception {
        browser.get(url("accounts/login"));
        browser.findElement(By.id("email")).sendKeys("city@demo.tori.fi");
        browser.findElement(By.id("password")).sendKeys(System.getenv().getOrDefault("TORI_DEMO_PASSWORD", "demo password for tests"));
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "My profile");

        browser.get(url("spaces/"));
        new Select(browser.findElement(By.id("filter-kind"))).selectByValue("HACKATHON");
        new Select(browser.findElement(By.id("filter-valueStream"))).selectByValue("VISITOR");
        browser.findElement(By.cssSelector("form.filters button")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.getCurrentUrl().contains("kind=HACKATHON"));
        var list = browser.findElement(By.tagName("main")).getText();
        assertTrue(list.contains("Events app hackathon"), list);
        assertFalse(list.contains("Smart parcel terminals"), "contests are filtered out");

        browser.findElement(By.linkText("Events app hackathon")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "Events app hackathon");
        var before = Integer.parseInt(browser.findElement(By.id("participant-count")).getText());
        browser.findElement(By.id("join")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains("You have joined the space."));
        assertEquals(before + 1, Integer.parseInt(browser.findElement(By.id("participant-count")).getText()));
        assertTrue(browser.findElement(By.id("leave")).isDisplayed());
    }

    @Test
    void homeRegisterAndLoginPagesHaveNoSeriousAccessibilityViolations() throws Exception {
        for (var page : new String[] {"", "accounts/register", "accounts/login", "search/?q=robot", "spaces/"}) {
            browser.get(url(page));
            var violations = Browser.seriousViolations(browser);
            assertTrue(violations.isEmpty(), "/" + page + ": " + violations);
        }
    }
}
