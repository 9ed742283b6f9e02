package org.sanxiang.process;

import java.util.Set;

/**
 * Who is acting: the username of the identity account and its groups (roles). Controllers receive
 * it from the security context; module services decide with it.
 */
public record Actor(String username, Set<String> groups) {

    public Actor {
        groups = Set.copyOf(groups);
    }

    public boolean inGroup(String group) {
        return groups.contains(group);
    }
}
