package org.sanxiang.web;

import java.util.Locale;

import org.sanxiang.process.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A problem's message in the request's language (zh-CN by default), for pages. */
@Component
public class ProblemText {

    private final MessageSource messages;

    ProblemText(MessageSource messages) {
        this.messages = messages;
    }

    public String detail(Problem p) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(p.messageCode(), p.args(), p.getMessage(), locale);
    }

    public String title(Problem p) {
        return messages.getMessage("title." + p.slug(), null, p.slug(), LocaleContextHolder.getLocale());
    }
}
