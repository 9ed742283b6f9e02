package org.sanxiang.web;

import java.util.Locale;

import org.sanxiang.process.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import lombok.RequiredArgsConstructor;

/** A problem's message, or a page's own message, in the request's language (zh-CN by default), for pages. */
@Component
@RequiredArgsConstructor
public class ProblemText {

    private final MessageSource messages;

    public String detail(Problem p) {
        Locale locale = LocaleContextHolder.getLocale();
        if ("invalid-input".equals(p.slug()) && p.args().length >= 2 && p.args()[0] instanceof String field) {
            // Chinese, not internals: the field's label (拟处罚种类), never its name (proposedPenaltyTypes)
            Object[] args = p.args().clone();
            String label = fieldLabel(field, locale);
            args[0] = label == null ? "" : label;
            return messages.getMessage(label == null ? "problem.invalid-input.unlabelled" : "problem.invalid-input.field",
                    args, p.getMessage(), locale);
        }
        return messages.getMessage(p.messageCode(), p.args(), p.getMessage(), locale);
    }

    /** {@code point.BODY_LAWFUL} → the checklist point; {@code party.name}, {@code handlerIds[0]} → their labels. */
    private String fieldLabel(String field, Locale locale) {
        String f = field.replaceAll("\\[\\d+]", "");
        if (f.startsWith("point.") || f.startsWith("comment.")) {
            return messages.getMessage("label.point." + f.substring(f.indexOf('.') + 1), null, null, locale);
        }
        String last = f.contains(".") ? f.substring(f.lastIndexOf('.') + 1) : f;
        String label = messages.getMessage("field." + f, null, null, locale);
        return label != null ? label : messages.getMessage("field." + last, null, null, locale);
    }

    public String title(Problem p) {
        return messages.getMessage("title." + p.slug(), null, p.slug(), LocaleContextHolder.getLocale());
    }

    /** A workspace message ({@code ui.*}) in the request's language. */
    public String message(String code, Object... args) {
        return messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
    }

    /** A problem on the page being rendered again: its status, message, article and the field at fault. */
    public void show(Model model, Problem p, HttpServletResponse response) {
        response.setStatus(p.status().value());
        model.addAttribute("flashError", detail(p));
        model.addAttribute("flashArticle", p.article());
        model.addAttribute("errorField", p.field());
    }

    /** A problem carried over a redirect to the page it leads to: its message and article. */
    public void flash(RedirectAttributes redirect, Problem p) {
        redirect.addFlashAttribute("flashError", detail(p));
        redirect.addFlashAttribute("flashArticle", p.article());
    }

    /** The message, or null when the bundle has none. */
    public String messageOrNull(String code, Object... args) {
        return messages.getMessage(code, args, null, LocaleContextHolder.getLocale());
    }
}
