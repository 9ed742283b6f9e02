package org.sanxiang.web;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * Camunda's database identity provider without its own login lock (issue 15, finding 6; issue 21). Camunda
 * counts every wrong password on the user row and then refuses even the right one for a growing delay, and
 * for good after {@code loginMaxAttempts}: one stranger's guess locks the owner out, and two failures racing
 * on the same row end in an optimistic-locking error. {@link LoginThrottle} throttles instead, by user and
 * address; here no failure is written and no account is ever locked. Passwords are checked as before.
 */
public class LockFreeIdentityProvider extends DbIdentityServiceProvider {

    @Override
    protected boolean isUserLocked(UserEntity user) {
        return false;
    }

    @Override
    protected void lockUser(UserEntity user) {
        // no write: the login throttle counts failures in its own table
    }
}
