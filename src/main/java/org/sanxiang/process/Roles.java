package org.sanxiang.process;

/**
 * Sanxiang's roles: the Camunda identity groups the models name as candidate groups
 * ({@code camunda:candidateGroups="officer"}) and the services check with {@link Actor#inGroup(String)}.
 * Shared vocabulary, so every module (and the web plumbing's security rules) names a role the same way.
 */
public final class Roles {

    public static final String OFFICER = "officer";
    public static final String LEGAL_REVIEWER = "reviewer";
    public static final String HEAD = "head";
    public static final String SUPERVISOR = "supervisor";
    public static final String ADMIN = "camunda-admin";

    /** The prefix of a group's granted authority in Spring Security. */
    public static final String AUTHORITY_PREFIX = "GROUP_";

    private Roles() {
    }

    /** The granted authority of a group: {@code GROUP_<id>}. */
    public static String authority(String group) {
        return AUTHORITY_PREFIX + group;
    }
}
