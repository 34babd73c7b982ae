package org.tori.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.tori.testing.Browser;

/**
 * A section of a pilot's readiness record: each item of the section has an answer, its evidence, a
 * link to the evidence and who owns it, each field named after the item; the section is saved whole.
 */
public final class PilotSectionPage extends Pages {

    private PilotSectionPage(WebDriver browser, String base) {
        super(browser, base);
    }

    /** The section a "Fill in …" link opened, under its numbered heading (e.g. "1. Operations"). */
    public static PilotSectionPage shown(WebDriver browser, String base, String heading) {
        Browser.waitForHeading(browser, heading);
        return new PilotSectionPage(browser, base);
    }

    /** Section number {@code section} of the pilot, opened by its address. */
    public static PilotSectionPage open(WebDriver browser, String base, long pilot, int section, String heading) {
        var page = new PilotSectionPage(browser, base);
        page.go("pilots/section?id=" + pilot + "&s=" + section);
        Browser.waitForHeading(browser, heading);
        return page;
    }

    /** Picks the item's answer by its code: YES, PARTLY or NO. */
    public PilotSectionPage answer(String item, String answer) {
        new Select(named("Answer: " + item)).selectByValue(answer);
        return this;
    }

    public PilotSectionPage evidence(String item, String text) {
        type("Evidence: " + item, text);
        return this;
    }

    public PilotSectionPage linkToEvidence(String item, String address) {
        type("Link to the evidence: " + item, address);
        return this;
    }

    public PilotSectionPage owner(String item, String who) {
        type("Who owns: " + item, who);
        return this;
    }

    /** The evidence the item's field holds now. */
    public String evidenceOf(String item) {
        return named("Evidence: " + item).getAttribute("value");
    }

    /** Presses "Save the section" and waits for the page's answer: the confirmation or a refusal. */
    public PilotSectionPage save(String answer) {
        press(browser.findElement(By.tagName("main")), "Save the section");
        waitForText(answer);
        return this;
    }

    private void type(String name, String text) {
        var field = named(name);
        field.clear();
        field.sendKeys(text);
    }

    private WebElement named(String name) {
        return browser.findElement(By.cssSelector("[aria-label='" + name.replace("'", "\\'") + "']"));
    }
}
