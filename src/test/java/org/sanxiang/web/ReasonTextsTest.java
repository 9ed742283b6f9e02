package org.sanxiang.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.sanxiang.cases.CaseProblems.StepDataInvalid;
import org.sanxiang.cases.Reason;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The reasons of refused step data come from the bundles: English on an English request, Chinese by
 * default, with the rule's values; every reason the cases module names exists in both bundles.
 */
@Tag("no-db")
class ReasonTextsTest {

    static ProblemText texts() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new ProblemText(messages);
    }

    static String detail(StepDataInvalid p, Locale locale) {
        LocaleContextHolder.setLocale(locale);
        try {
            return texts().detail(p);
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
    }

    @Test
    void aReasonReadsInTheRequestsLanguageWithItsValues() {
        StepDataInvalid served = new StepDataInvalid("servedOn", Reason.of("served-before-decision", LocalDate.of(2026, 3, 2)));
        assertThat(detail(served, Locale.ENGLISH)).isEqualTo(
                "\"Served on\" is invalid: the decision cannot be served before it was made on 2026-03-02");
        assertThat(detail(served, Locale.SIMPLIFIED_CHINESE)).isEqualTo("“送达日期”填写有误：送达日期不得早于决定日期 2026-03-02");
        StepDataInvalid fine = new StepDataInvalid("fineAmount", Reason.of("fine-positive"));
        assertThat(detail(fine, Locale.ENGLISH)).isEqualTo("\"Fine\" is invalid: the fine must be more than zero")
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(fine.getMessage()).doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void aFormsReasonNamesItsLabelInTheSameLanguageNeverTheFieldName() {
        StepDataInvalid point = new StepDataInvalid("point.BODY_LAWFUL",
                Reason.of("checklist-point", Reason.label("label.point.BODY_LAWFUL")));
        assertThat(detail(point, Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("“执法主体合法，未超越法定职权”填写有误：请逐项填写审核要点：执法主体合法，未超越法定职权");
        assertThat(detail(point, Locale.ENGLISH)).contains("\" is invalid: answer every point of the review checklist: ")
                .doesNotContain("point.BODY_LAWFUL")
                .doesNotContainPattern("\\p{IsHan}");
        StepDataInvalid date = new StepDataInvalid("decidedOn", Reason.of("form-date"));
        assertThat(detail(date, Locale.ENGLISH)).isEqualTo("\"Decided on\" is invalid: a date as yyyy-MM-dd");
    }

    @Test
    void everyReasonTheCasesModuleNamesIsInBothBundles() throws IOException {
        Pattern named = Pattern.compile("Reason\\.of\\(\"([\\w-]+)\"");
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/sanxiang/cases"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = named.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add("reason." + m.group(1));
                }
            }
        }
        assertThat(keys).hasSizeGreaterThan(25);
        Properties zh = MessageBundlesTest.load("messages.properties");
        Properties en = MessageBundlesTest.load("messages_en.properties");
        assertThat(keys.stream().filter(k -> !zh.containsKey(k) || !en.containsKey(k)).toList()).isEmpty();
        assertThat(keys.stream().filter(k -> en.getProperty(k).matches(".*\\p{IsHan}.*")).toList()).isEmpty();
    }
}
