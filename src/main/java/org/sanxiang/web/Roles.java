package org.sanxiang.web;

/** The Camunda identity groups that are Sanxiang's roles, and the authority each becomes. */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String REVIEWER = "reviewer";
    public static final String HEAD = "head";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "camunda-admin";

    private Roles() {
    }

    /** The granted authority of a group: {@code GROUP_<id>}. */
    public static String authority(String group) {
        return CamundaIdentityAuthenticationProvider.GROUP_PREFIX + group;
    }
}
