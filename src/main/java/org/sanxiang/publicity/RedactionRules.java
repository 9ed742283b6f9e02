package org.sanxiang.publicity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The redaction rules as data: word lists, identifier patterns and the named patterns the
 * {@link Redactor} uses, read from {@code redaction-rules.txt} beside this class (format in its
 * header). Loaded once; immutable.
 */
final class RedactionRules {

    /** A kind of personal data and the pattern that finds it; group {@code v}, if present, is what goes. */
    record Identifier(String kind, Pattern pattern, boolean valueGroup) {
    }

    private static final Pattern REFERENCE = Pattern.compile("\\{([A-Z_]+)}");
    private static final String RESOURCE = "redaction-rules.txt";

    private final Map<String, List<String>> lists = new LinkedHashMap<>();
    private final Map<String, String> patterns = new LinkedHashMap<>();
    private final Map<String, Pattern> compiled = new LinkedHashMap<>();
    private final List<Identifier> identifiers = new ArrayList<>();

    private RedactionRules() {
    }

    /** The rules shipped with the application. */
    static RedactionRules load() {
        try (InputStream in = RedactionRules.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing " + RESOURCE);
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static RedactionRules parse(List<String> lines) {
        RedactionRules rules = new RedactionRules();
        for (String raw : lines) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf(" = ");
            int sp = line.indexOf(' ');
            if (eq < 0 || sp < 0 || sp > eq) {
                throw new IllegalArgumentException("bad redaction rule: " + line);
            }
            String type = line.substring(0, sp);
            String name = line.substring(sp + 1, eq).strip();
            String value = line.substring(eq + 3).strip();
            switch (type) {
                case "list" -> rules.lists.put(name, Arrays.stream(value.split("\\s+")).filter(w -> !w.isEmpty()).toList());
                case "pattern" -> rules.patterns.put(name, value);
                case "identifier" -> {
                    Pattern p = Pattern.compile(rules.expand(value));
                    rules.identifiers.add(new Identifier(name, p, value.contains("(?<v>")));
                }
                default -> throw new IllegalArgumentException("bad redaction rule type: " + line);
            }
        }
        return rules;
    }

    List<Identifier> identifiers() {
        return identifiers;
    }

    /** A named pattern, its {@code {LIST}} and {@code {PATTERN}} references expanded. */
    Pattern pattern(String name) {
        return compiled.computeIfAbsent(name, n -> {
            String source = patterns.get(n);
            if (source == null) {
                throw new IllegalArgumentException("no redaction pattern " + n);
            }
            return Pattern.compile(expand(source));
        });
    }

    Set<String> words(String list) {
        List<String> words = lists.get(list);
        if (words == null) {
            throw new IllegalArgumentException("no redaction word list " + list);
        }
        return new LinkedHashSet<>(words);
    }

    private String expand(String source) {
        Matcher m = REFERENCE.matcher(source);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String ref = m.group(1);
            String replacement;
            if (lists.containsKey(ref)) {
                replacement = "(?:" + String.join("|", lists.get(ref).stream().distinct()
                        .sorted(Comparator.comparingInt(String::length).reversed()).map(Pattern::quote).toList()) + ")";
            } else if (patterns.containsKey(ref)) {
                replacement = "(?:" + expand(patterns.get(ref)) + ")";
            } else {
                throw new IllegalArgumentException("unknown reference {" + ref + "} in " + source);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }
}
