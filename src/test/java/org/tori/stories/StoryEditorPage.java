package org.tori.stories;

import java.time.Duration;
import java.util.function.UnaryOperator;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;

/**
 * The staff story editor ({@code /stories/staff/edit}) as a person uses it: fields found by their
 * labels, buttons by their names; the indicator rows, whose labels repeat, by their row.
 */
final class StoryEditorPage {

    private final WebDriver browser;

    private StoryEditorPage(WebDriver browser) {
        this.browser = browser;
    }

    /** Opens an empty editor; the browser is signed in as staff. */
    static StoryEditorPage openNew(WebDriver browser, UnaryOperator<String> url) {
        browser.get(url.apply("stories/staff/edit"));
        Browser.waitForHeading(browser, "New story");
        return new StoryEditorPage(browser);
    }

    StoryEditorPage fill(String label, String text) {
        type(field(label), text);
        return this;
    }

    /** Fills indicator row {@code row} (from 0); a null baseline is left empty. */
    StoryEditorPage indicator(
            int row, String impact, String name, String unit, String baseline, String value, String source) {
        new Select(indicatorField(row, "impact")).selectByValue(impact);
        type(indicatorField(row, "name"), name);
        type(indicatorField(row, "unit"), unit);
        if (baseline != null) {
            type(indicatorField(row, "baseline"), baseline);
        }
        type(indicatorField(row, "value"), value);
        type(indicatorField(row, "measuredOn"), "2026-04-30");
        type(indicatorField(row, "source"), source);
        return this;
    }

    /** Types into one field of an indicator row: impact, name, unit, baseline, value, measuredOn or source. */
    StoryEditorPage indicatorField(int row, String field, String text) {
        type(indicatorField(row, field), text);
        return this;
    }

    /** Finds a lesson by words of its title and adds it to the lessons the story came from. */
    StoryEditorPage pickLesson(String title) {
        fill("Find a published lesson by its title", title);
        press("Search lessons", "Lessons found");
        browser.findElement(By.cssSelector("[aria-label='Add " + title + "']")).sendKeys(Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.id("lessons-chosen")).getText().contains(title));
        return this;
    }

    /** Presses a button by its name (Save, Send to review, Publish…) and waits for the message it should bring. */
    StoryEditorPage press(String button, String expectedText) {
        browser.findElement(By.xpath("//main//input[@type='submit' and @value='" + button + "']"))
                .sendKeys(Keys.ENTER);
        waitForText(browser, expectedText);
        return this;
    }

    String status() {
        return browser.findElement(By.id("story-status")).getText();
    }

    String text() {
        return browser.findElement(By.tagName("main")).getText();
    }

    static void waitForText(WebDriver browser, String text) {
        // a page being replaced answers with stale or detached nodes for a moment: ask again
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElement(By.tagName("main")).getText().contains(text));
    }

    private WebElement field(String label) {
        var labelled = browser.findElement(By.xpath("//main//label[normalize-space()='" + label + "']"));
        return browser.findElement(By.id(labelled.getAttribute("for")));
    }

    private WebElement indicatorField(int row, String field) {
        return browser.findElement(By.id("indicators:" + row + ":" + field));
    }

    private static void type(WebElement field, String text) {
        field.clear();
        if (!text.isEmpty()) {
            field.sendKeys(text);
        }
    }
}
