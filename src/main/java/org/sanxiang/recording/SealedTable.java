package org.sanxiang.recording;

import java.util.List;

/**
 * A business table whose rows are sealed in the case's chain (G118 防删改; issue 15 finding 5): the module that
 * owns the table declares it as a bean, calls {@link RowSeals#seal} in the transaction that writes a row, and the
 * verification recomputes every row's digest from the current columns and compares it with the sealed one. The
 * names are constants of the owning module, never input.
 *
 * @param table     the table, with a {@code case_id} column
 * @param keyColumn a unique column that names a row (e.g. the decision number)
 * @param columns   the columns the digest covers, in order
 */
public record SealedTable(String table, String keyColumn, List<String> columns) {

    public SealedTable {
        columns = List.copyOf(columns);
        for (String name : concat(table, keyColumn, columns)) {
            if (!name.matches("[a-z_]+")) {
                throw new IllegalArgumentException("not a plain column or table name: " + name);
            }
        }
    }

    private static List<String> concat(String table, String key, List<String> columns) {
        java.util.ArrayList<String> all = new java.util.ArrayList<>(columns);
        all.add(table);
        all.add(key);
        return all;
    }

    String selectRow() {
        return "SELECT " + String.join(", ", columns) + " FROM " + table + " WHERE " + keyColumn + " = ?";
    }

    String selectKeysOfCase() {
        return "SELECT " + keyColumn + " FROM " + table + " WHERE case_id = ? ORDER BY " + keyColumn;
    }
}
