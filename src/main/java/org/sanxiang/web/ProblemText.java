package org.sanxiang.web;

import java.util.Locale;

import org.sanxiang.process.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/** A problem's message, or a page's own message, in the request's language (zh-CN by default), for pages. */
@Component
@RequiredArgsConstructor
public class ProblemText {

    private final MessageSource messages;

    public String detail(Problem p) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(p.messageCode(), p.args(), p.getMessage(), locale);
    }

    public String title(Problem p) {
        return messages.getMessage("title." + p.slug(), null, p.slug(), LocaleContextHolder.getLocale());
    }

    /** A workspace message ({@code ui.*}) in the request's language. */
    public String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** The message, or null when the bundle has none. */
    public String messageOrNull(String code, Object... args) {
        return messages.getMessage(code, args, null, LocaleContextHolder.getLocale());
    }
}
