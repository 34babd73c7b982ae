package org.tori.testing.pages;

import org.openqa.selenium.WebDriver;
import org.tori.testing.Browser;

/** The log-in page: e-mail, password, "Log in"; a member lands on My Tori. */
public final class LogInPage extends Pages {

    private LogInPage(WebDriver browser, String base) {
        super(browser, base);
    }

    public static LogInPage open(WebDriver browser, String base) {
        var page = new LogInPage(browser, base);
        page.go("accounts/login");
        return page;
    }

    /** Logs in with the form and waits for My Tori. */
    public MyToriPage logIn(String email, String password) {
        var form = browser.findElement(org.openqa.selenium.By.tagName("main"));
        field(form, "E-mail").sendKeys(email);
        field(form, "Password").sendKeys(password);
        press(form, "Log in");
        Browser.waitForHeading(browser, "My Tori");
        return new MyToriPage(browser, base);
    }
}
