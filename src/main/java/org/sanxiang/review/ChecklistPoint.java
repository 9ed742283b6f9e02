package org.sanxiang.review;

/** The eight points a legal reviewer answers (G118; RULES §4). */
public enum ChecklistPoint {
    BODY_LAWFUL("执法主体合法，未超越法定职权"),
    OFFICERS_QUALIFIED("执法人员具备执法资格"),
    PROCEDURE_LAWFUL("执法程序合法"),
    FACTS_AND_EVIDENCE("事实清楚，证据合法充分"),
    LAW_AND_DISCRETION("适用法律、法规、规章准确，裁量基准运用适当"),
    NO_EXCESS_OF_AUTHORITY("未超越法定权限"),
    DOCUMENTS_COMPLETE("执法文书完备、规范"),
    SUSPECTED_CRIME("是否涉嫌犯罪需要移送司法机关");

    private final String label;

    ChecklistPoint(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
