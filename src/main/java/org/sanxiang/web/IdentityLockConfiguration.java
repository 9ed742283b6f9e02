package org.sanxiang.web;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.GenericManagerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes {@link LoginThrottle} the only login throttle: the engine's identity provider is
 * {@link LockFreeIdentityProvider}, and the engine's own lock settings are set so that they could not lock
 * anyone even if another provider were used (no attempt limit, no delay).
 */
@Component
class IdentityLockConfiguration extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new GenericManagerFactory(LockFreeIdentityProvider.class));
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
        configuration.setLoginDelayFactor(0);
        configuration.setLoginDelayMaxTime(0);
    }
}
