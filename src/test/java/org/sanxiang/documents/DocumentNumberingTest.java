package org.sanxiang.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanxiang.SanxiangTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** Numbers under concurrency, including the first number of a year that has no sequence row yet. */
@SanxiangTest
class DocumentNumberingTest {

    @Autowired
    DocumentNumbering numbering;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void racingForTheFirstNumberOfAYearGivesEveryoneADistinctNumber() throws Exception {
        long body = jdbc.queryForObject("SELECT id FROM enforcement_body WHERE code = 'SZZ'", Long.class);
        int year = 2100 + (int) (System.nanoTime() % 800); // a year no other run has used
        int racers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> numbers = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            numbers.add(pool.submit(() -> {
                start.await();
                return transactions.execute(tx -> numbering.next(body, "三张综执", "CASE", year));
            }));
        }
        start.countDown();
        List<String> got = new ArrayList<>();
        for (Future<String> f : numbers) {
            got.add(f.get());
        }
        pool.shutdown();
        List<String> expected = new ArrayList<>();
        for (int i = 1; i <= racers; i++) {
            expected.add("三张综执罚〔" + year + "〕" + i + "号");
        }
        assertThat(got).containsExactlyInAnyOrderElementsOf(expected);
    }
}
