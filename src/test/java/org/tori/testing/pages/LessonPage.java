package org.tori.testing.pages;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.tori.testing.Browser;
import org.tori.testing.Refusals;

/** A lesson's page (reached by a link or a save): its status, causes and actions, similar lessons, and what the reader may do (edit, submit, adopt). */
public final class LessonPage extends Pages {

    private LessonPage(WebDriver browser, String base) {
        super(browser, base);
    }

    public static LessonPage shown(WebDriver browser, String base, String title) {
        Browser.waitForHeading(browser, title);
        return new LessonPage(browser, base);
    }

    /** The lesson's id, from the page's address. */
    public long id() {
        return Long.parseLong(browser.getCurrentUrl().replaceFirst(".*[?&]id=(\\d+).*", "$1"));
    }

    /** The status as shown beside the title: "Draft", "In review", "Published". */
    public String status() {
        return browser.findElement(By.id("lesson-status")).getText();
    }

    /** Follows "Edit" to the form. */
    public LessonFormPage edit() {
        press(main(), "Edit");
        return LessonFormPage.shown(browser, base, "Edit the lesson");
    }

    public boolean offersToEdit() {
        return !main().findElements(By.xpath(".//a[normalize-space()='Edit']")).isEmpty();
    }

    /** Presses "Submit for review" and waits for the status to say so. */
    public LessonPage submitForReview() {
        Refusals.click(browser, main().findElement(By.xpath(".//button[normalize-space()='Submit for review']")));
        return waitForStatus("In review");
    }

    /** The causes as listed, each with its category in front. */
    public List<String> causes() {
        return browser.findElements(By.cssSelector("#causes li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The corrective actions as listed, each with its kind, status and owner after it. */
    public List<String> actions() {
        return browser.findElements(By.cssSelector("ul.actions li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The titles under "Similar lessons". */
    public List<String> similar() {
        return browser.findElements(By.cssSelector("#similar li")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Fills "Our city adopted this practice" with a note and sends it; waits for the count to say one city. */
    public LessonPage adopt(String note) {
        var form = browser.findElement(By.id("adopt-form"));
        field(form, "Note").sendKeys(note);
        press(form, "Our city adopted this practice");
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> adoptionCount().contains("one city"));
        return this;
    }

    /** "Not adopted yet", "Adopted by one city"… */
    public String adoptionCount() {
        return browser.findElement(By.id("adoption-count")).getText();
    }

    public boolean offersToAdopt() {
        return !browser.findElements(By.id("adopt-form")).isEmpty();
    }

    public List<String> violations() throws IOException {
        return Browser.seriousViolations(browser);
    }

    private LessonPage waitForStatus(String status) {
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .ignoring(WebDriverException.class)
                .until(d -> status().equals(status));
        return this;
    }

    private WebElement main() {
        return browser.findElement(By.tagName("main"));
    }
}
