package org.sanxiang.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A page controller of the staff workspace: its problems are rendered as Chinese error pages
 * ({@link WorkspacePageAdvice}), never as problem+json or a stack trace.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Controller
public @interface WorkspacePage {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
