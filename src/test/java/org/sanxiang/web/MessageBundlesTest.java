package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The workspace's message bundles: Chinese and English hold the same keys, and every key a workspace
 * template names literally ({@code #{ui.x}}, {@code #messages.msg('ui.x')}) exists in both.
 */
@Tag("no-db")
class MessageBundlesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHoldTheSameKeysAndEveryTemplateKey() throws IOException {
        Properties zh = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(zh.stringPropertyNames());

        Pattern literal = Pattern.compile("#\\{([\\w.\\-]+)[}(]|#messages\\.msg\\('([\\w.\\-]+)'");
        Set<String> used = new TreeSet<>();
        Path templates = Path.of("src/main/resources/templates");
        try (Stream<Path> files = Files.walk(templates)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html") && !p.toString().contains("/portal/")).toList()) {
                Matcher m = literal.matcher(Files.readString(f));
                while (m.find()) {
                    used.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertThat(used).hasSizeGreaterThan(300);
        assertThat(used.stream().filter(k -> !zh.containsKey(k) || !en.containsKey(k)).toList()).isEmpty();
        // every English label is English
        assertThat(en.stringPropertyNames().stream().filter(k -> k.startsWith("ui.") || k.startsWith("label."))
                .filter(k -> en.getProperty(k).matches(".*\\p{IsHan}.*")).filter(k -> !k.equals("ui.listSeparator")).toList())
                .isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceInABundle() throws IOException {
        // a key written twice silently keeps the later text (java.util.Properties); merges of parallel work do that
        for (String name : java.util.List.of("messages.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            Set<String> twice = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
                String l = line.strip();
                if (l.isEmpty() || l.startsWith("#") || l.startsWith("!") || !l.contains("=")) {
                    continue;
                }
                String key = l.substring(0, l.indexOf('=')).strip();
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
            assertThat(twice).as(name).isEmpty();
        }
    }
}
