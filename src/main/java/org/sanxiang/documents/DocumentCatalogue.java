package org.sanxiang.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The catalogue of enforcement documents, read once from {@code documents/catalogue.yml} (data, not code:
 * a province or body swaps the file). Entries are kept in case-file order.
 */
@Component
public class DocumentCatalogue {

    private final List<CatalogueEntry> entries;

    public DocumentCatalogue() {
        this("documents/catalogue.yml");
    }

    DocumentCatalogue(String classpathLocation) {
        try (InputStream in = new ClassPathResource(classpathLocation).getInputStream()) {
            Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            List<CatalogueEntry> read = new ArrayList<>();
            for (Object o : (List<?>) root.get("documents")) {
                read.add(entry(asMap(o)));
            }
            read.sort(Comparator.comparingInt(CatalogueEntry::order));
            this.entries = List.copyOf(read);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the document catalogue " + classpathLocation, e);
        }
    }

    public List<CatalogueEntry> entries() {
        return entries;
    }

    public Optional<CatalogueEntry> entry(String kind) {
        return entries.stream().filter(e -> e.kind().equals(kind)).findFirst();
    }

    /** The entries of a procedure ({@code GENERAL} or {@code SUMMARY}), in case-file order. */
    public List<CatalogueEntry> of(String procedure) {
        return entries.stream().filter(e -> e.procedure().equals(procedure)).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o) {
        return (Map<String, Object>) o;
    }

    private static CatalogueEntry entry(Map<String, Object> m) {
        return new CatalogueEntry(text(m, "kind"), text(m, "title"), ((Number) m.get("order")).intValue(),
                text(m, "procedure"), text(m, "after"), strings(m.get("decision")), text(m, "number"),
                text(m, "template"), text(m, "record"), strings(m.get("signers")), fields(m.get("required"), true),
                fields(m.get("rows"), false));
    }

    private static String text(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    private static List<String> strings(Object o) {
        return o == null ? List.of() : ((List<?>) o).stream().map(Object::toString).toList();
    }

    /** {@code [expression, label]} for required fields, {@code [label, expression]} for rows. */
    private static List<CatalogueEntry.Field> fields(Object o, boolean expressionFirst) {
        if (o == null) {
            return List.of();
        }
        List<CatalogueEntry.Field> out = new ArrayList<>();
        for (Object pair : (List<?>) o) {
            List<?> p = (List<?>) pair;
            String a = p.get(0).toString();
            String b = p.get(1).toString();
            out.add(expressionFirst ? new CatalogueEntry.Field(a, b) : new CatalogueEntry.Field(b, a));
        }
        return List.copyOf(out);
    }
}
