package org.tori.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.tori.testing.Browser;

/** A space's page: its facts, joining and leaving, the discussion, and the jury's score sheet. */
public final class SpacePage extends Pages {

    SpacePage(WebDriver browser, String base) {
        super(browser, base);
    }

    public static SpacePage open(WebDriver browser, String base, long id, String title) {
        var page = new SpacePage(browser, base);
        page.go("spaces/space?id=" + id);
        Browser.waitForHeading(browser, title);
        return page;
    }

    /** The number the page gives under "Participants". */
    public int participants() {
        return Integer.parseInt(browser.findElement(By.id("participant-count")).getText());
    }

    public SpacePage join() {
        press(main(), "Join this space");
        waitForText("You have joined the space.");
        return this;
    }

    public boolean offersToLeave() {
        return !browser.findElements(
                        By.xpath("//main//*[normalize-space()='Leave this space' or @value='Leave this space']"))
                .isEmpty();
    }

    /** Writes in "Your comment" and posts it. */
    public SpacePage comment(String text) {
        field(main(), "Your comment").sendKeys(text);
        press(main(), "Post the comment");
        waitForText("Your comment has been posted.");
        return this;
    }

    /** What the discussion shows. */
    public String discussion() {
        return browser.findElement(By.id("discussion")).getText();
    }

    /** Follows "Score the entries" to the jury's score sheet. */
    public ScoreSheetPage scoreTheEntries() {
        press(main(), "Score the entries");
        return ScoreSheetPage.shown(browser, base);
    }

    private org.openqa.selenium.WebElement main() {
        return browser.findElement(By.tagName("main"));
    }
}
