import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

/**
 * bench/drill-cluster's timers: deploys bench/models/drill-timer.bpmn and starts N instances, alternately on
 * each node, each with a timer due a random MIN..MAX seconds later, so that timers fall due before, during
 * and after the kill of one node. Usage: java bench/ClusterDrill.java timers BASE_A BASE_B N MIN MAX
 */
public class ClusterDrill {

    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:demo1234".getBytes(StandardCharsets.UTF_8));

    public static void main(String[] args) throws Exception {
        if (!"timers".equals(args[0])) {
            throw new IllegalArgumentException(args[0]);
        }
        String[] bases = {args[1], args[2]};
        int n = Integer.parseInt(args[3]), min = Integer.parseInt(args[4]), max = Integer.parseInt(args[5]);
        deploy(bases[0], Files.readString(Path.of("bench/models/drill-timer.bpmn")));
        int started = 0;
        for (int i = 0; i < n; i++) {
            int wait = ThreadLocalRandom.current().nextInt(min, max + 1);
            String body = "{\"variables\":{\"wait\":{\"value\":\"PT" + wait + "S\",\"type\":\"String\"}}}";
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(bases[i % 2] + "/engine-rest/process-definition/key/drill-timer/start"))
                    .header("Authorization", ADMIN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("start -> " + r.statusCode() + " " + r.body());
            }
            started++;
        }
        System.out.println("timers started: " + started);
    }

    static void deploy(String base, String xml) throws Exception {
        String boundary = "----sanxiangdrill";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\ndrill-timer\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"deploy-changed-only\"\r\n\r\ntrue\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"drill-timer.bpmn\"; filename=\"drill-timer.bpmn\"\r\n"
                + "Content-Type: application/xml\r\n\r\n" + xml + "\r\n--" + boundary + "--\r\n";
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/engine-rest/deployment/create"))
                .header("Authorization", ADMIN).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() >= 300) {
            throw new IllegalStateException("deploy -> " + r.statusCode() + " " + r.body());
        }
    }
}
