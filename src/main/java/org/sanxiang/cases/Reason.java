package org.sanxiang.cases;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;

/**
 * Why a field's value is refused, as a message code ({@code reason.<key>} in {@code messages*.properties})
 * and its values: the answer's {@code detail} reads it in the request's language, the chained record in
 * Chinese. A plain value, so the step rules that name reasons stay free of Spring's container.
 */
public record Reason(String key, Object... args) implements MessageSourceResolvable {

    public static Reason of(String key, Object... args) {
        return new Reason(key, args);
    }

    /** A label of the bundles as a value of a reason, read in the same language as the reason itself. */
    public static MessageSourceResolvable label(String code) {
        return new org.springframework.context.support.DefaultMessageSourceResolvable(new String[] {code}, code);
    }

    @Override
    public String[] getCodes() {
        return new String[] {"reason." + key};
    }

    @Override
    public Object[] getArguments() {
        return args;
    }

    @Override
    public String getDefaultMessage() {
        return toString();
    }

    @Override
    public String toString() {
        return args.length == 0 ? key : key + " " + Arrays.toString(args);
    }
}
