package org.sanxiang.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A cookie-keeping HTTP client against the running server, for pages MockMvc does not render (error pages). */
final class Browser {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    private Browser(int port) {
        this.port = port;
    }

    static Browser loggedIn(int port, String username) throws IOException, InterruptedException {
        Browser b = new Browser(port);
        String csrf = b.csrfOf(b.get("/login").body());
        var response = b.post("/login", "username=" + username + "&password=demo1234&_csrf=" + csrf);
        if (response.statusCode() != 302 || !response.headers().firstValue("Location").orElse("").endsWith("/inbox")) {
            throw new IllegalStateException("login failed for " + username + ": " + response.statusCode());
        }
        return b;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html")
                .header("Accept-Language", "zh-CN").build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String form) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").header("Accept-Language", "zh-CN")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    String csrfOf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            throw new IllegalStateException("no CSRF token on the page");
        }
        return m.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }
}
