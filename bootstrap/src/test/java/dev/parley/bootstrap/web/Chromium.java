package dev.parley.bootstrap.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Headless Chromium from the distribution's packages ({@code chromium}, {@code chromium-driver}). Each driver gets
 * its own fresh profile, so two drivers are two people on two devices. Without the packages the browser tests are
 * skipped, loudly: CI ({@code .ci/run}) installs them, so there they always run.
 */
final class Chromium {
    private static final List<String> BROWSERS = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome");
    private static final List<String> DRIVERS = List.of("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");

    private Chromium() {
    }

    static ChromeDriver start() {
        Optional<String> browser = find("PARLEY_CHROMIUM", BROWSERS);
        Optional<String> driver = find("PARLEY_CHROMEDRIVER", DRIVERS);
        if (browser.isEmpty() || driver.isEmpty()) {
            String reason = "BROWSER TESTS SKIPPED: headless Chromium is not installed (apt-get install chromium "
                    + "chromium-driver, or set PARLEY_CHROMIUM and PARLEY_CHROMEDRIVER). CI installs it; these tests "
                    + "prove the web client works.";
            System.err.println("\n" + "!".repeat(100) + "\n" + reason + "\n" + "!".repeat(100) + "\n");
            Assumptions.abort(reason);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.get());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,800", "--use-fake-ui-for-media-stream", "--use-fake-device-for-media-stream",
                "--disable-background-timer-throttling", "--disable-renderer-backgrounding", "--no-first-run");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver.get()).toFile()).build();
        return new ChromeDriver(service, options);
    }

    private static Optional<String> find(String variable, List<String> candidates) {
        String configured = System.getenv(variable);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(configured).filter(path -> Files.isExecutable(Path.of(path)));
        }
        return candidates.stream().filter(path -> Files.isExecutable(Path.of(path))).findFirst();
    }
}
