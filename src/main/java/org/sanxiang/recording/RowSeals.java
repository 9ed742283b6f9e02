package org.sanxiang.recording;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Business rows under the chain (G118 防删改; issue 15 finding 5). The chain proves what was done; the rows a case
 * shows (a decision's fine, …) live in the owning modules' tables, which someone with database rights can
 * {@code UPDATE}. So the act that writes such a row also appends {@code ROW_SEALED} with the SHA-256 of the row's
 * columns as the database returns them, and verification recomputes that digest from the current row: a changed,
 * added or deleted row no longer matches the chain — which the checkpoints in turn protect.
 */
@Service
public class RowSeals {

    static final String ACT = "ROW_SEALED";

    private final Map<String, SealedTable> tables = new LinkedHashMap<>();
    private final JdbcTemplate jdbc;
    private final CaseRecord record;
    private final ObjectMapper json;

    RowSeals(List<SealedTable> sealed, JdbcTemplate jdbc, CaseRecord record, ObjectMapper json) {
        sealed.forEach(t -> {
            if (tables.put(t.table(), t) != null) {
                throw new IllegalStateException("table sealed twice: " + t.table());
            }
        });
        this.jdbc = jdbc;
        this.record = record;
        this.json = json;
    }

    /** Seals the row {@code key} of {@code table} in the case's chain, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public RecordEntry seal(long caseId, String table, Object key, String actor) {
        SealedTable t = table(table);
        String digest = digest(t, key);
        if (digest == null) {
            throw new IllegalStateException("no row " + key + " in " + table + " to seal");
        }
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("table", t.table());
        payload.put("key", String.valueOf(key));
        payload.put("columns", t.columns());
        payload.put("sha256", digest);
        return record.append(caseId, new Act(ACT, null, actor, "G118; APL Art. 47",
                "数据 " + t.table() + "（" + key + "）的摘要记入记录，防止篡改", payload));
    }

    /** Recomputes the digest of every row of the sealed tables the case has and compares it with its last seal. */
    @Transactional(readOnly = true)
    public RowComparison compare(long caseId) {
        Map<String, String> sealed = new LinkedHashMap<>();
        for (RecordEntry e : record.entries(caseId, ACT, null, "\"sha256\"")) {
            JsonNode p = read(e.payload());
            sealed.put(p.path("table").asText() + " " + p.path("key").asText(), p.path("sha256").asText());
        }
        List<String> mismatches = new ArrayList<>();
        int rows = 0;
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (SealedTable t : tables.values()) {
            for (String key : jdbc.queryForList(t.selectKeysOfCase(), String.class, caseId)) {
                rows++;
                String name = t.table() + " " + key;
                seen.add(name);
                String seal = sealed.get(name);
                if (seal == null) {
                    mismatches.add("UNSEALED " + name);
                } else if (!seal.equals(digest(t, key))) {
                    mismatches.add("CHANGED " + name);
                }
            }
        }
        sealed.keySet().stream().filter(name -> !seen.contains(name) && tables.containsKey(name.split(" ", 2)[0]))
                .forEach(name -> mismatches.add("MISSING " + name));
        return new RowComparison(caseId, rows, mismatches.isEmpty(), List.copyOf(mismatches));
    }

    private SealedTable table(String table) {
        SealedTable t = tables.get(table);
        if (t == null) {
            throw new IllegalArgumentException("not a sealed table: " + table);
        }
        return t;
    }

    /** SHA-256 over the row's columns (as the database returns them as text) joined by U+001F; null: no such row. */
    String digest(SealedTable t, Object key) {
        List<String> values = jdbc.query(t.selectRow(), rs -> {
            if (!rs.next()) {
                return null;
            }
            List<String> v = new ArrayList<>();
            for (int i = 1; i <= t.columns().size(); i++) {
                String s = rs.getString(i);
                v.add(s == null ? "\u2400" : s);
            }
            return v;
        }, key);
        if (values == null) {
            return null;
        }
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(d.digest(String.join("\u001f", values).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private JsonNode read(String payload) {
        try {
            return json.readTree(payload);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("unreadable seal payload", e);
        }
    }
}
