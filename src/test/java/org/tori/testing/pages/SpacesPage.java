package org.tori.testing.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;

/** The list of spaces with its filters (kind, phase, theme, domain, value stream, city). */
public final class SpacesPage extends Pages {

    private SpacesPage(WebDriver browser, String base) {
        super(browser, base);
    }

    public static SpacesPage open(WebDriver browser, String base) {
        var page = new SpacesPage(browser, base);
        page.go("spaces/");
        return page;
    }

    /** Picks a value (its code, e.g. HACKATHON) in the filter with this label. */
    public SpacesPage choose(String filter, String value) {
        new Select(field(filters(), filter)).selectByValue(value);
        return this;
    }

    public SpacesPage type(String filter, String text) {
        field(filters(), filter).sendKeys(text);
        return this;
    }

    /** Presses "Show" and waits for the filtered list. */
    public SpacesPage show() {
        var before = browser.getCurrentUrl();
        press(filters(), "Show");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> !d.getCurrentUrl().equals(before));
        return this;
    }

    /** Follows a listed space's title to its page. */
    public SpacePage openSpace(String title) {
        browser.findElement(By.linkText(title)).sendKeys(org.openqa.selenium.Keys.ENTER);
        Browser.waitForHeading(browser, title);
        return new SpacePage(browser, base);
    }

    private org.openqa.selenium.WebElement filters() {
        return browser.findElement(By.cssSelector("form.filters"));
    }
}
