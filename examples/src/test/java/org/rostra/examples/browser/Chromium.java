package org.rostra.examples.browser;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A headless Chromium driven through chromedriver's W3C WebDriver HTTP API on the loopback
 * interface, with the JDK's HTTP client: no Selenium. One browser session per instance.
 */
final class Chromium implements AutoCloseable {
  private static final JsonFactory JSON = new JsonFactory();
  private static final List<String> BROWSERS =
      List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

  private final Process driver;
  private final HttpClient http;
  private final String base;
  private final String session;

  /** The Chromium binary, if one is on the PATH (or named by {@code -Drostra.chromium}). */
  static Optional<Path> browser() {
    String given = System.getProperty("rostra.chromium");
    if (given != null && Files.isExecutable(Path.of(given))) {
      return Optional.of(Path.of(given));
    }
    return onPath(BROWSERS);
  }

  /** chromedriver, if it is on the PATH. */
  static Optional<Path> driver() {
    return onPath(List.of("chromedriver"));
  }

  private static Optional<Path> onPath(List<String> names) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String n : names) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        Path p = Path.of(dir.isEmpty() ? "." : dir, n);
        if (Files.isExecutable(p)) {
          return Optional.of(p);
        }
      }
    }
    return Optional.empty();
  }

  Chromium(Path chromedriver, Path chromium, Path userDataDir, Path log)
      throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    driver =
        new ProcessBuilder(chromedriver.toString(), "--port=" + port, "--allowed-ips=127.0.0.1")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    base = "http://127.0.0.1:" + port;
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      try {
        if (call("GET", "/status", null).contains("\"ready\":true")) {
          break;
        }
      } catch (IOException e) {
        // not listening yet
      }
      if (System.nanoTime() > deadline || !driver.isAlive()) {
        driver.destroyForcibly();
        throw new IOException("chromedriver did not start; see " + log);
      }
      Thread.sleep(100);
    }
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeObjectFieldStart("capabilities");
      g.writeObjectFieldStart("alwaysMatch");
      g.writeStringField("browserName", "chrome");
      g.writeObjectFieldStart("goog:chromeOptions");
      g.writeStringField("binary", chromium.toString());
      g.writeArrayFieldStart("args");
      for (String a :
          List.of(
              "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
              "--disable-quic", "--no-first-run", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--disable-extensions",
              "--hide-scrollbars", "--force-device-scale-factor=1",
              "--user-data-dir=" + userDataDir)) {
        g.writeString(a);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    }
    String created;
    try {
      created = call("POST", "/session", w.toString());
    } catch (IOException | RuntimeException e) {
      driver.destroyForcibly();
      throw e;
    }
    session = field(created, "sessionId");
  }

  /** Opens a URL and waits for the page to load. */
  void open(URI url) throws IOException, InterruptedException {
    call("POST", "/session/" + session + "/url", object("url", url.toString()));
  }

  /** Runs a script (a function body) in the page and returns its string result. */
  String run(String script) throws IOException, InterruptedException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("script", script);
      g.writeArrayFieldStart("args");
      g.writeEndArray();
      g.writeEndObject();
    }
    return field(call("POST", "/session/" + session + "/execute/sync", w.toString()), "value");
  }

  /** Resizes the window. */
  void size(int width, int height) throws IOException, InterruptedException {
    call("POST", "/session/" + session + "/window/rect",
        "{\"width\":" + width + ",\"height\":" + height + "}");
  }

  /** A PNG of the viewport. */
  byte[] screenshot() throws IOException, InterruptedException {
    return Base64.getDecoder().decode(field(call("GET", "/session/" + session + "/screenshot", null), "value"));
  }

  @Override
  public void close() {
    try {
      call("DELETE", "/session/" + session, null);
    } catch (IOException | InterruptedException | RuntimeException e) {
      // the driver goes anyway
    } finally {
      driver.destroy();
      try {
        if (!driver.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
          driver.destroyForcibly();
        }
      } catch (InterruptedException e) {
        driver.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  private String call(String method, String path, String body)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (body != null) {
      b.header("Content-Type", "application/json; charset=utf-8");
    }
    b.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException("WebDriver " + method + " " + path + ": HTTP " + r.statusCode() + " "
          + r.body());
    }
    return r.body();
  }

  private static String object(String key, String value) throws IOException {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField(key, value);
      g.writeEndObject();
    }
    return w.toString();
  }

  /** The string (or nested string) field named {@code name} in a WebDriver reply. */
  private static String field(String json, String name) throws IOException {
    try (JsonParser p = JSON.createParser(json)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        if (t == JsonToken.FIELD_NAME && p.currentName().equals(name)) {
          JsonToken v = p.nextToken();
          if (v == JsonToken.VALUE_STRING) {
            return p.getText();
          }
          if (v == JsonToken.VALUE_NULL) {
            return "";
          }
          if (v.isScalarValue()) {
            return p.getText();
          }
        }
      }
    }
    throw new IOException("no '" + name + "' in WebDriver reply: "
        + json.substring(0, Math.min(300, json.length())));
  }
}
