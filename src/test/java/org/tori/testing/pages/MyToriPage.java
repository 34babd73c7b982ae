package org.tori.testing.pages;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.tori.testing.Browser;

/** My Tori: what a member has to do now (jury duties with their progress) and where they take part. */
public final class MyToriPage extends Pages {

    MyToriPage(WebDriver browser, String base) {
        super(browser, base);
    }

    public static MyToriPage open(WebDriver browser, String base) {
        var page = new MyToriPage(browser, base);
        page.go("me/");
        Browser.waitForHeading(browser, "My Tori");
        return page;
    }

    /** The progress a jury duty shows, e.g. "0 of 1 entries scored". */
    public String juryProgress(String spaceTitle) {
        return duty(spaceTitle).findElement(By.className("duty-progress")).getText();
    }

    /** Follows the duty's "Score the entries" link to the score sheet. */
    public ScoreSheetPage scoreEntriesOf(String spaceTitle) {
        press(duty(spaceTitle), "Score the entries: " + spaceTitle);
        return ScoreSheetPage.shown(browser, base);
    }

    private WebElement duty(String spaceTitle) {
        return browser.findElements(By.cssSelector("#now li.duty")).stream()
                .filter(li -> li.getText().contains(spaceTitle))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no jury duty for " + spaceTitle + " on My Tori: "
                        + browser.findElement(By.id("now")).getText()));
    }
}
