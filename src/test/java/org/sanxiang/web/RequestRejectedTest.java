package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/**
 * What the security firewall rejects — a doubled slash, a {@code ;jsessionid} path parameter — answers on the
 * JSON API and the engine REST API a 400 problem+json of type {@code urn:sanxiang:problem:request-rejected}
 * in the request's language; a page keeps the plain 400.
 */
@SanxiangTest
class RequestRejectedTest {

    static final String TYPE = "urn:sanxiang:problem:request-rejected";

    @LocalServerPort int port;

    Map<String, Object> get(String path, String language) {
        return RestClient.create().get().uri(URI.create("http://localhost:" + port + path))
                .headers(h -> {
                    h.setBasicAuth("zhangwei", "demo1234");
                    if (language != null) {
                        h.set("Accept-Language", language);
                    }
                })
                .exchange((req, res) -> Map.of("status", res.getStatusCode().value(),
                        "type", String.valueOf(res.getHeaders().getContentType()),
                        "body", new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8)));
    }

    @Test
    void rejectedApiPathsAnswerAProblemInTheRequestsLanguage() {
        for (String path : List.of("/api//cases", "/api/cases;jsessionid=x", "/engine-rest//task", "/engine-rest/task;jsessionid=x")) {
            Map<String, Object> zh = get(path, null);
            assertThat((Integer) zh.get("status")).as(path).isEqualTo(400);
            assertThat((String) zh.get("type")).as(path).startsWith(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            assertThat((String) zh.get("body")).as(path).contains(TYPE, "请求被拒绝", "已被拒绝，未作任何处理");
            Map<String, Object> en = get(path, "en");
            assertThat((String) en.get("body")).as(path).contains(TYPE, "Request rejected", "nothing was done");
        }
    }

    @Test
    void aRejectedPagePathKeepsThePlainAnswer() {
        Map<String, Object> page = get("/inbox;jsessionid=x", null);
        assertThat((Integer) page.get("status")).isEqualTo(400);
        assertThat((String) page.get("body")).doesNotContain(TYPE);
    }
}
