package org.sanxiang;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.sanxiang.process.FlowCoverage;

/**
 * The one application context every integration test shares: H2 in memory by default, the
 * MySQL-compatible server when the {@code mysql} profile is active (scripts/test runs both). Every context
 * records the sequence flows its tests take ({@link FlowCoverage}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(FlowCoverage.class)
public @interface SanxiangTest {
}
