package org.sanxiang.publicity;

/**
 * One item of the body's random-inspection list (双随机、一公开 随机抽查事项清单): what is inspected,
 * on which basis, whom, how, and how many and how often.
 */
public record RandomInspectionItem(String code, String item, String basis, String subject, String method,
        String ratio, String frequency) {
}
