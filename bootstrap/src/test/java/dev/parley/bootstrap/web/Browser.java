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
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
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

    void fill(String css, String value) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(value);
    }

    void typeInto(String css, CharSequence... keys) {
        find(css).sendKeys(keys);
    }

    void press(String css, Keys key) {
        find(css).sendKeys(key);
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

    void screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
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
