package org.tori.testing;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the tests of refused page actions share: a browser logs in by the form, a form is sent
 * past the browser's own checks (required, maxlength, accept) so that the server's rules answer,
 * and the answer is the page itself with the reason, never the error page.
 */
public final class Refusals {

    private static final String ERROR_PAGE = "Something went wrong";

    private Refusals() {}

    public static void logIn(WebDriver browser, String base, String email, String password) {
        browser.get(base + "accounts/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("submit")).sendKeys(Keys.ENTER);
        Browser.waitForHeading(browser, "My Tori");
    }

    /** Lets the server judge the form's fields: the browser's checks are taken away, as old browsers or scripts do. */
    public static void withoutBrowserChecks(WebDriver browser) {
        ((JavascriptExecutor) browser).executeScript("""
                document.querySelectorAll('[required],[maxlength],[accept],[min],[max]').forEach(e => {
                  ['required', 'maxlength', 'accept', 'min', 'max'].forEach(a => e.removeAttribute(a)); });
                document.querySelectorAll('form').forEach(f => f.noValidate = true);""");
    }

    /** Types a long text at once (sendKeys of thousands of characters takes minutes). */
    public static void type(WebDriver browser, WebElement field, String text) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", field, text);
    }

    /** Clicks with the mouse, as most people do, once the element is in view. */
    public static void click(WebDriver browser, WebElement element) {
        var js = (JavascriptExecutor) browser;
        js.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        var sendsThePage = Boolean.TRUE.equals(js.executeScript("""
                var e = arguments[0];
                if (e.type !== 'submit' || !e.form || (e.getAttribute('onclick') || '').includes('PrimeFaces.ab')) return false;
                window.toriSent = false;
                e.form.addEventListener('submit', () => window.toriSent = true, {once: true});
                return true;""", element));
        var before = browser.findElement(By.tagName("html"));
        element.click();
        if (sendsThePage && !sent(browser, before)) {
            // The click landed while the page still moved (fonts, images) and sent nothing; a person clicks again.
            js.executeScript("arguments[0].form.requestSubmit(arguments[0]);", element);
        }
    }

    /** Whether the form went: the page was left, or its submit event fired (the answer may still be on its way). */
    private static boolean sent(WebDriver browser, WebElement page) {
        try {
            return new WebDriverWait(browser, Duration.ofSeconds(3))
                    .until(d -> ExpectedConditions.stalenessOf(page).apply(d)
                            || Boolean.TRUE.equals(
                                    ((JavascriptExecutor) d).executeScript("return window.toriSent === true;")));
        } catch (org.openqa.selenium.TimeoutException e) {
            return false;
        } catch (WebDriverException e) {
            return true; // the new page is loading
        }
    }

    /** Waits for the answer to show the reason, then checks it is not the error page. */
    public static void assertRefusedWith(WebDriver browser, String reason) {
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30))
                    .ignoring(WebDriverException.class)
                    .until(d -> d.findElement(By.tagName("body")).getText().contains(reason)
                            || d.findElement(By.tagName("body")).getText().contains(ERROR_PAGE));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError(
                    "no message '" + reason + "' on " + browser.getCurrentUrl() + ":\n"
                            + browser.findElement(By.tagName("body")).getText(),
                    e);
        }
        var text = browser.findElement(By.tagName("body")).getText();
        if (text.contains(ERROR_PAGE) || !text.contains(reason)) {
            throw new AssertionError("expected the page with '" + reason + "', got:\n" + text);
        }
    }

    public static String valueOf(WebDriver browser, String id) {
        return browser.findElement(By.id(id)).getAttribute("value");
    }
}
