package org.sanxiang.cases.web;

import java.util.Arrays;

import org.sanxiang.cases.Step;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import lombok.RequiredArgsConstructor;

/**
 * A step's name in the page's language, for templates ({@code ${@stepLabels.of(key, fallback)}}): by
 * its {@link Step} name or BPMN task id from {@code label.step.*}; a step without a key (a model's new
 * task) shows its Chinese name as the model gives it.
 */
@Component("stepLabels")
@RequiredArgsConstructor
public class StepLabels {

    private final MessageSource messages;

    public String of(String stepOrTaskKey, String fallback) {
        if (stepOrTaskKey == null) {
            return fallback;
        }
        String name = Arrays.stream(Step.values())
                .filter(s -> s.name().equals(stepOrTaskKey) || s.taskKey().equals(stepOrTaskKey)).map(Step::name)
                .findFirst().orElse(stepOrTaskKey);
        String fb = fallback != null ? fallback
                : Step.byTaskKey(stepOrTaskKey).map(Step::label).orElseGet(() -> Arrays.stream(Step.values())
                        .filter(s -> s.name().equals(stepOrTaskKey)).map(Step::label).findFirst().orElse(stepOrTaskKey));
        return messages.getMessage("label.step." + name, null, fb, LocaleContextHolder.getLocale());
    }

    public String of(String stepOrTaskKey) {
        return of(stepOrTaskKey, null);
    }
}
