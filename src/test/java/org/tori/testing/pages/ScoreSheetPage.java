package org.tori.testing.pages;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.tori.testing.Browser;

/** A juror's score sheet: one form per entry, a number field per criterion labelled with its name and weight. */
public final class ScoreSheetPage extends Pages {

    private ScoreSheetPage(WebDriver browser, String base) {
        super(browser, base);
    }

    static ScoreSheetPage shown(WebDriver browser, String base) {
        Browser.waitForHeading(browser, "Score sheet");
        return new ScoreSheetPage(browser, base);
    }

    /** The jury's deadline as the sheet states it. */
    public String deadline() {
        return browser.findElement(By.id("jury-deadline")).getText();
    }

    /** How many criteria the first entry is scored on. */
    public int criteria() {
        return fields().size();
    }

    /** Types the points of the first entry's criteria, in order, and saves them; returns the sheet as saved. */
    public ScoreSheetPage scoreFirstEntry(int... points) {
        var fields = fields();
        for (int i = 0; i < points.length; i++) {
            fields.get(i).clear();
            fields.get(i).sendKeys(String.valueOf(points[i]));
        }
        press(firstForm(), "Save the scores");
        waitForText("Your scores have been saved.");
        return this;
    }

    /** The points the first entry's fields show. */
    public List<String> pointsOfFirstEntry() {
        return fields().stream().map(f -> f.getAttribute("value")).toList();
    }

    /** Back to My Tori by the menu. */
    public MyToriPage toMyTori() {
        browser.findElement(By.id("menu-me")).sendKeys(org.openqa.selenium.Keys.ENTER);
        Browser.waitForHeading(browser, "My Tori");
        return new MyToriPage(browser, base);
    }

    private WebElement firstForm() {
        return browser.findElements(By.cssSelector("form.score-form")).get(0);
    }

    private List<WebElement> fields() {
        return firstForm().findElements(By.cssSelector("input[type=number]"));
    }
}
