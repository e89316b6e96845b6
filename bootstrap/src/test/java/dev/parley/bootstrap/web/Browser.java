package dev.parley.bootstrap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One person's browser on Parley Web, with the few gestures the scenarios need; waits for exact conditions. */
final class Browser implements AutoCloseable {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String baseUrl;

    Browser(String baseUrl) {
        this.baseUrl = baseUrl;
        this.driver = Chromium.start();
    }

    Browser open(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** A second tab of the same browser (same cookies: the same person on the same device); returns its handle. */
    String newTab(String path) {
        driver.switchTo().newWindow(WindowType.TAB);
        open(path);
        return driver.getWindowHandle();
    }

    String tab() {
        return driver.getWindowHandle();
    }

    void switchTo(String tab) {
        driver.switchTo().window(tab);
    }

    private WebDriverWait waiting() {
        // The client re-renders lists as events arrive: an element found a moment ago may be replaced; look again.
        WebDriverWait wait = new WebDriverWait(driver, PATIENCE);
        wait.ignoring(StaleElementReferenceException.class);
        // A notice may lie over a button for a moment; a person waits for it to go, and so does a click here.
        wait.ignoring(ElementClickInterceptedException.class);
        return wait;
    }

    WebElement find(String css) {
        return waiting().until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.stream().filter(WebElement::isDisplayed).findFirst().orElse(null);
        });
    }

    /** The visible element matching {@code css} whose text contains {@code text}. */
    WebElement find(String css, String text) {
        return waiting().withMessage(() -> "no " + css + " with text '" + text + "' in:\n"
                + driver.findElement(By.tagName("body")).getText()).until(d -> d.findElements(By.cssSelector(css)).stream()
                .filter(element -> element.isDisplayed() && element.getText().contains(text)).findFirst().orElse(null));
    }

    void click(String css, String text) {
        waiting().until(d -> {
            find(css, text).click();
            return true;
        });
    }

    /** Points at the element (message actions show on hover), then clicks {@code button} inside it. */
    void clickWithin(String css, String text, String button) {
        waiting().until(d -> {
            WebElement target = find(css, text);
            new Actions(driver).moveToElement(target).perform();
            target.findElements(By.cssSelector("button")).stream().filter(b -> b.getText().equals(button))
                    .findFirst().orElseThrow().click();
            return true;
        });
    }

    void fill(String css, String value) {
        waiting().until(d -> {
            WebElement input = find(css);
            input.clear();
            input.sendKeys(value);
            return true;
        });
    }

    void typeInto(String css, CharSequence... keys) {
        waiting().until(d -> {
            find(css).sendKeys(keys);
            return true;
        });
    }

    void press(String css, Keys key) {
        typeInto(css, key);
    }

    void gone(String css, String text) {
        waiting().withMessage(() -> css + " with '" + text + "' is still shown")
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .noneMatch(element -> element.isDisplayed() && element.getText().contains(text)));
    }

    int count(String css, String text) {
        return ((Number) driver.executeScript("return [...document.querySelectorAll(arguments[0])]"
                + ".filter(e => e.innerText.includes(arguments[1])).length", css, text)).intValue();
    }

    @SuppressWarnings("unchecked")
    List<String> attributes(String css, String attribute) {
        return (List<String>) driver.executeScript("return [...document.querySelectorAll(arguments[0])]"
                + ".map(e => e.getAttribute(arguments[1]))", css, attribute);
    }

    String text(String css) {
        return find(css).getText();
    }

    /** Scrolls a list to its top, as a person reading back would. */
    void scrollToTop(String css) {
        driver.executeScript("document.querySelector(arguments[0]).scrollTop = 0", css);
    }

    /** Cuts this browser off the network (as a train tunnel would), or brings it back. */
    void online(boolean online) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(!online);
        driver.setNetworkConditions(conditions);
    }

    /** From the next page load on, every WebSocket fails before it opens, as behind a proxy that refuses upgrades. */
    void blockWebSockets() {
        driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", java.util.Map.of("source", """
                window.WebSocket = class BlockedSocket {
                  static OPEN = 1;
                  constructor() { this.readyState = 3; setTimeout(() => this.onclose?.({ code: 1006 }), 10); }
                  send() { throw new Error('blocked'); }
                  close() {}
                };"""));
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, height));
    }

    /** Saves what the person sees now (notices that would hide the screen are dismissed first). */
    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            driver.executeScript("document.querySelectorAll('.toast').forEach(t => t.remove())");
            new Actions(driver).moveToLocation(1, 1).perform();
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
