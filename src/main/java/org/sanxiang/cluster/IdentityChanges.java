package org.sanxiang.cluster;

import java.util.ArrayList;
import java.util.Set;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every change of an account or its groups through the engine — Camunda's admin webapp, its REST API, our
 * own code, on any node — moves the {@link CacheVersions#VERIFIED_CREDENTIALS} version, so no node keeps
 * accepting a changed password or a removed group from its verified-credentials cache after the next check
 * of the version. The engine commands are matched by class, from a command interceptor that runs before
 * the engine's transaction interceptor.
 */
@Component
class IdentityChanges extends AbstractProcessEnginePlugin {

    static final Set<String> IDENTITY_COMMANDS = Set.of(
            "org.camunda.bpm.engine.impl.cmd.SaveUserCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteUserCmd",
            "org.camunda.bpm.engine.impl.cmd.UnlockUserCmd",
            "org.camunda.bpm.engine.impl.cmd.CreateMembershipCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteMembershipCmd",
            "org.camunda.bpm.engine.impl.cmd.SaveGroupCmd",
            "org.camunda.bpm.engine.impl.cmd.DeleteGroupCmd");

    private final ObjectProvider<CacheVersions> versions;

    IdentityChanges(ObjectProvider<CacheVersions> versions) {
        this.versions = versions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
            configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
        }
        configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                T result = next.execute(command);
                if (IDENTITY_COMMANDS.contains(command.getClass().getName())) {
                    versions.getObject().changed(CacheVersions.VERIFIED_CREDENTIALS);
                }
                return result;
            }
        });
    }
}
