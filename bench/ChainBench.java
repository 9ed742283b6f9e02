import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDateTime;

import org.sanxiang.recording.CaseRecord;

/**
 * Writes a valid hash chain of N entries for one case straight into record_entry (JDBC batches), with
 * the engine's own hash function, so that bench/run can time the verification endpoint on it.
 * Usage: java -cp target/classes:CONNECTOR_JAR bench/ChainBench.java JDBC_URL CASE_ID N
 */
public class ChainBench {

    public static void main(String[] args) throws Exception {
        long caseId = Long.parseLong(args[1]);
        int n = Integer.parseInt(args[2]);
        LocalDateTime at = LocalDateTime.of(2026, 1, 5, 9, 0, 0);
        String prev = "0".repeat(64);
        try (Connection c = DriverManager.getConnection(args[0], "root", "")) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO record_entry (case_id, seq, act, step, actor, "
                    + "article, summary, payload, recorded_at, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?,?)")) {
                for (int seq = 1; seq <= n; seq++) {
                    String payload = "{\"bench\":" + seq + ",\"note\":\"基准链条\"}";
                    String hash = CaseRecord.entryHash(prev, caseId, seq, "BENCH_ACT", "Task_Investigation", "bench",
                            "APL Art. 47", "基准记录 " + seq, payload, at);
                    ps.setLong(1, caseId);
                    ps.setInt(2, seq);
                    ps.setString(3, "BENCH_ACT");
                    ps.setString(4, "Task_Investigation");
                    ps.setString(5, "bench");
                    ps.setString(6, "APL Art. 47");
                    ps.setString(7, "基准记录 " + seq);
                    ps.setString(8, payload);
                    ps.setTimestamp(9, Timestamp.valueOf(at));
                    ps.setString(10, prev);
                    ps.setString(11, hash);
                    ps.addBatch();
                    prev = hash;
                    if (seq % 5000 == 0) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        System.out.println("chain of " + n + " entries written for case " + caseId);
    }
}
