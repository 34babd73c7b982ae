package org.tori.testing.pages;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;
import org.tori.testing.Refusals;

/**
 * The lesson form ("Write a lesson", "Edit the lesson"): fields by their labels, themes and value
 * streams by the names their boxes show, rows of causes and actions added and removed with their
 * buttons, and "Save as draft".
 */
public final class LessonFormPage extends Pages {

    private LessonFormPage(WebDriver browser, String base) {
        super(browser, base);
    }

    /** A new lesson: "Write a lesson". */
    public static LessonFormPage open(WebDriver browser, String base) {
        var page = new LessonFormPage(browser, base);
        page.go("knowledge/write");
        Browser.waitForHeading(browser, "Write a lesson");
        return page;
    }

    static LessonFormPage shown(WebDriver browser, String base, String heading) {
        Browser.waitForHeading(browser, heading);
        return new LessonFormPage(browser, base);
    }

    /** What the field with this label holds. */
    public String value(String label) {
        return field(form(), label).getAttribute("value");
    }

    public LessonFormPage type(String label, String text) {
        field(form(), label).sendKeys(text);
        return this;
    }

    /** Empties the field, then types. */
    public LessonFormPage replace(String label, String text) {
        field(form(), label).clear();
        return type(label, text);
    }

    /** Puts a long text in at once, as a paste does (typing thousands of keys takes minutes). */
    public LessonFormPage paste(String label, String text) {
        Refusals.type(browser, field(form(), label), text);
        return this;
    }

    /** Sets a date field (its picker differs between browsers; the value is what is sent). */
    public LessonFormPage date(String label, String isoDate) {
        ((JavascriptExecutor) browser)
                .executeScript("arguments[0].value = arguments[1]", field(form(), label), isoDate);
        return this;
    }

    /** Picks an option (by its code, e.g. DATA) in the list with this label. */
    public LessonFormPage choose(String label, String code) {
        new Select(field(form(), label)).selectByValue(code);
        return this;
    }

    /** Ticks (or unticks) the box of a theme or value stream with the mouse, by the name shown beside it. */
    public LessonFormPage tick(String choice) {
        Refusals.click(browser, box(choice));
        return this;
    }

    public boolean ticked(String choice) {
        return box(choice).isSelected();
    }

    /** How big the box beside this name is drawn. */
    public Dimension boxSize(String choice) {
        return box(choice).getSize();
    }

    /** Presses a row button ("Add a cause") and waits for the form to come back with the new row's field. */
    public LessonFormPage addRow(String button, String newLabel) {
        return pressRowButton(button, newLabel, true);
    }

    /** Presses a row button ("Remove cause 2") and waits for the form to come back without the last row's field. */
    public LessonFormPage removeRow(String button, String goneLabel) {
        return pressRowButton(button, goneLabel, false);
    }

    /** Saves and lands on the lesson's page. */
    public LessonPage saveAsDraft(String title) {
        Refusals.click(browser, button("Save as draft"));
        return LessonPage.shown(browser, base, title);
    }

    /** Saves and expects the form back with this reason. */
    public LessonFormPage saveRefusedWith(String reason) {
        Refusals.click(browser, button("Save as draft"));
        Refusals.assertRefusedWith(browser, reason);
        return this;
    }

    /** The serious accessibility violations of the form as it is now. */
    public List<String> violations() throws IOException {
        return Browser.seriousViolations(browser);
    }

    private LessonFormPage pressRowButton(String name, String label, boolean present) {
        Refusals.click(browser, button(name));
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> d.findElements(By.xpath("//form[@id='write']//label[normalize-space()=\"" + label + "\"]"))
                                .isEmpty()
                        != present);
        return this;
    }

    /** A button by its name, leaving out the hidden copy of "Save as draft" that Enter in a field presses. */
    private WebElement button(String name) {
        return form().findElement(By.xpath(".//button[normalize-space()=\"" + name + "\" and not(@aria-hidden)]"));
    }

    private WebElement box(String choice) {
        return form().findElement(By.xpath(".//label[normalize-space()=\"" + choice + "\"]/input[@type='checkbox']"));
    }

    private WebElement form() {
        return browser.findElement(By.id("write"));
    }
}
