package org.sanxiang.cluster;

import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

/**
 * Scheduled work once per period across nodes: a method annotated {@code @SchedulerLock} runs only on the node
 * that takes its row in {@code sanxiang_shedlock}; the others skip that run. Lock times are the database's
 * clock (usingDbTime), so nodes whose clocks differ agree on who holds a lock. A lock is held at least
 * {@code sanxiang.cluster.lock-at-least-for} (set per job), so a node whose schedule fires a little later in the
 * same period finds it taken, and at most {@code lockAtMostFor}, so a node killed while holding it blocks
 * the job no longer than that.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT1H")
class ClusterConfiguration {

    static final String LOCK_TABLE = "sanxiang_shedlock";

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(LOCK_TABLE)
                .usingDbTime()
                .build());
    }
}
