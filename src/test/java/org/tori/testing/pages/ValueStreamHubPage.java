package org.tori.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tori.testing.Browser;

/**
 * A value stream's hub as staff work it: they add life events in three languages, tag a lesson,
 * space or story of the stream with one, and start the stream's development collective.
 */
public final class ValueStreamHubPage extends Pages {

    private ValueStreamHubPage(WebDriver browser, String base) {
        super(browser, base);
    }

    /** The hub of the stream with this slug (e.g. family-with-children). */
    public static ValueStreamHubPage open(WebDriver browser, String base, String slug) {
        var page = new ValueStreamHubPage(browser, base);
        page.go("valuestreams/stream?stream=" + slug);
        return page;
    }

    /** Adds a life event by its Finnish, English and Swedish names. */
    public ValueStreamHubPage addLifeEvent(String finnish, String english, String swedish) {
        var form = form("lifeEvent");
        field(form, "Name in Finnish").sendKeys(finnish);
        field(form, "Name in English").sendKeys(english);
        field(form, "Name in Swedish").sendKeys(swedish);
        press(form, "Add the life event");
        waitForText("The life event is added.");
        return this;
    }

    /** Tags the lesson, space or story with this title with the life event of this (English) name. */
    public ValueStreamHubPage tag(String lifeEvent, String item) {
        var form = form("tag");
        new Select(field(form, "Life event")).selectByVisibleText(lifeEvent);
        new Select(field(form, "Lesson, space or story")).selectByVisibleText(item);
        press(form, "Tag");
        waitForText("Tagged with the life event.");
        return this;
    }

    /** Starts the stream's collective under this name; returns its id, from the collective's address. */
    public long startCollective(String name) {
        var form = form("start");
        field(form, "Name of the collective").sendKeys(name);
        press(form, "Start the collective");
        Browser.waitForHeading(browser, name);
        return Long.parseLong(browser.getCurrentUrl().replaceAll(".*[?&]id=(\\d+).*", "$1"));
    }

    private WebElement form(String id) {
        return browser.findElement(By.id(id));
    }
}
