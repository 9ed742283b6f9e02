package org.sanxiang.officers;

/** The identity groups Sanxiang's roles map to (kept in Camunda's identity service). */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String LEGAL_REVIEWER = "reviewer";
    public static final String HEAD = "head";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "camunda-admin";

    static final String[][] GROUPS = {
            {OFFICER, "执法人员"},
            {LEGAL_REVIEWER, "法制审核人员"},
            {HEAD, "负责人"},
            {SUPERVISOR, "执法监督人员"},
    };

    private Roles() {
    }
}
