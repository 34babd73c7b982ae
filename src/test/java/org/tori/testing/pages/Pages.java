package org.tori.testing.pages;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.SearchContext;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** What every page object does on a page: find a field by its label, press a button by its name, wait for a text. */
abstract class Pages {

    protected final WebDriver browser;
    protected final String base;

    Pages(WebDriver browser, String base) {
        this.browser = browser;
        this.base = base.endsWith("/") ? base : base + "/";
    }

    protected void go(String path) {
        browser.get(base + (path.startsWith("/") ? path.substring(1) : path));
    }

    /** The field a label names (its text before any "*" that marks it required). */
    protected WebElement field(SearchContext scope, String label) {
        var found = scope.findElement(By.xpath(".//label[starts-with(normalize-space(), \"" + label + "\")]"));
        return browser.findElement(By.id(found.getAttribute("for")));
    }

    /** A button or link by its visible name, pressed with the keyboard as keyboard users do. */
    protected void press(SearchContext scope, String name) {
        scope.findElement(By.xpath(
                        ".//*[(self::button or self::a or self::input[@type='submit']) and (normalize-space()=\"" + name
                                + "\" or @value=\"" + name + "\" or @aria-label=\"" + name + "\")]"))
                .sendKeys(Keys.ENTER);
    }

    /** Waits until the page's main part says this (a page being replaced answers with stale nodes for a moment). */
    protected void waitForText(String text) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }

    /** What the page's main part says. */
    public String text() {
        return browser.findElement(By.tagName("main")).getText();
    }
}
