package org.sanxiang.cases;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a use-case service of a case whose every refused act (a {@code Problem} thrown by a public method that
 * names the case by a {@code long caseId} or a {@code String taskId} parameter and an {@code Actor}) is appended to
 * the case's chain by {@link RefusalRecording} (G118: every act traceable, refused ones too).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface RefusalsOnRecord {
}
