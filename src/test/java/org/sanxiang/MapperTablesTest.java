package org.sanxiang;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * A module's tables are its own (ARCHITECTURE.md): no mapper XML under {@code org/sanxiang/<module>/} names
 * a table that another module's Flyway migration creates. Which module owns a table is read from the
 * migrations themselves ({@code V<n>__<module>_<what>.sql}), so a new table is covered the day it is added.
 * {@link org.sanxiang.ModularityTests} cannot see this: SQL in XML is no Java dependency.
 */
@Tag("no-db")
class MapperTablesTest {

    private static final Pattern MIGRATION = Pattern.compile("V[0-9_.]+__([a-z]+)(?:_[^/]*)?\\.sql");
    private static final Pattern CREATE_TABLE = Pattern.compile(
            "(?i)CREATE\\s+TABLE\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?`?([a-z0-9_]+)`?");
    private static final Pattern MAPPER = Pattern.compile(".*/org/sanxiang/([a-z]+)/(.+\\.xml)");

    private final PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();

    @Test
    void noMapperNamesAnotherModulesTable() throws IOException {
        Map<String, String> owners = tableOwners();
        List<String> reads = new ArrayList<>();
        for (Resource xml : resources.getResources("classpath*:org/sanxiang/**/*.xml")) {
            Matcher m = MAPPER.matcher(xml.getURL().toString());
            if (!m.matches()) {
                continue;
            }
            String module = m.group(1);
            String file = module + "/" + m.group(2);
            for (String table : tablesNamed(read(xml), owners.keySet())) {
                if (!owners.get(table).equals(module)) {
                    reads.add(file + " reads " + table + " of module " + owners.get(table));
                }
            }
        }
        assertThat(reads).as("mapper XML reading another module's table (use its API or a read model)").isEmpty();
    }

    /** The test sees what it must: every module's migrations, every mapper. */
    @Test
    void learnsTheOwnersFromTheMigrations() throws IOException {
        Map<String, String> owners = tableOwners();
        assertThat(owners).containsEntry("officer", "officers").containsEntry("power_item", "officers")
                .containsEntry("enf_case", "cases").containsEntry("evidence_item", "evidence")
                .containsEntry("review_round", "review").containsEntry("publication", "publicity")
                .containsEntry("record_entry", "recording").containsEntry("case_deadline", "calendar")
                .containsEntry("document_sequence", "documents");
        assertThat(resources.getResources("classpath*:org/sanxiang/cases/persistence/*.xml")).hasSizeGreaterThan(1);
    }

    /** A table in any SQL position counts; a literal, a parameter, a qualified column, an attribute, a comment does not. */
    @Test
    void findsTablesInSqlNotInLiteralsParametersOrColumns() {
        Set<String> tables = Set.of("officer", "power_item", "enf_case", "party");
        assertThat(tablesNamed("<select>SELECT c.id FROM enf_case c JOIN power_item m ON m.id = c.matter_id</select>",
                tables)).containsExactly("enf_case", "power_item");
        assertThat(tablesNamed("<select>SELECT 1 FROM enf_case c, officer o WHERE o.id = c.x</select>", tables))
                .containsExactly("enf_case", "officer");
        assertThat(tablesNamed("<update>UPDATE party SET name = #{officer}</update>", tables)).containsExactly("party");
        assertThat(tablesNamed("<select>SELECT t.officer, 'officer' AS g FROM enf_case t WHERE t.candidate_group = 'officer'"
                + " <if test=\"officer != null\">AND 1 = 1</if></select>", tables)).containsExactly("enf_case");
        assertThat(tablesNamed("<!-- FROM officer --><select>SELECT 1 FROM enf_case</select>", tables))
                .containsExactly("enf_case");
        assertThat(tablesNamed("<select>SELECT (SELECT MAX(c.number) FROM\n  officer c) AS n</select>", tables))
                .containsExactly("officer");
    }

    private Map<String, String> tableOwners() throws IOException {
        Map<String, String> owners = new TreeMap<>();
        for (Resource sql : resources.getResources("classpath*:db/migration/*.sql")) {
            Matcher name = MIGRATION.matcher(sql.getFilename());
            assertThat(name.matches()).as("migration named V<n>__<module>_<what>.sql: " + sql.getFilename()).isTrue();
            Matcher create = CREATE_TABLE.matcher(read(sql));
            while (create.find()) {
                owners.put(create.group(1).toLowerCase(), name.group(1));
            }
        }
        return owners;
    }

    private static final Pattern WORD = Pattern.compile("(?<![.\\w])([A-Za-z_][A-Za-z0-9_]*)");

    /**
     * The known tables the mapper's SQL names anywhere (FROM, JOIN, a sub-query, INSERT INTO, UPDATE), in order
     * of first appearance; a word qualified by an alias ({@code t.officer}), a literal, a parameter, an XML
     * attribute or a comment is no table.
     */
    static Set<String> tablesNamed(String xml, Set<String> tables) {
        String sql = xml.replaceAll("(?s)<!--.*?-->", " ")
                .replaceAll("(?s)<[^>]*>", " ")        // tags with their attributes (test="...", column="...")
                .replaceAll("[#$]\\{[^}]*}", " ? ")   // parameters
                .replaceAll("'(?:[^']|'')*'", " '' "); // string literals
        Set<String> named = new LinkedHashSet<>();
        Matcher m = WORD.matcher(sql);
        while (m.find()) {
            String word = m.group(1).toLowerCase();
            if (tables.contains(word)) {
                named.add(word);
            }
        }
        return named;
    }

    private static String read(Resource r) throws IOException {
        try (InputStream in = r.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
