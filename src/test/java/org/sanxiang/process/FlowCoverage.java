package org.sanxiang.process;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Test-only: records every sequence flow the engine takes as {@code processKey:flowId}. A parse listener adds a
 * {@code take} listener to each flow of each model as the engine parses it (at deployment and when a definition
 * is read back from the database), so whatever drives the engine in a test is seen. Registered in every
 * {@code @SanxiangTest} context; read by the path coverage check in ProcessPathsTest.
 */
@TestConfiguration(proxyBeanMethods = false)
public class FlowCoverage {

    private static final Set<String> TAKEN = ConcurrentHashMap.newKeySet();

    /** The flows taken since the last {@link #reset()}, in no order. */
    public static Set<String> taken() {
        return Set.copyOf(TAKEN);
    }

    public static void reset() {
        TAKEN.clear();
    }

    @Bean
    AbstractProcessEnginePlugin flowCoveragePlugin() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                List<org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener> listeners =
                        configuration.getCustomPostBPMNParseListeners() == null ? new ArrayList<>()
                                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
                listeners.add(new AbstractBpmnParseListener() {
                    @Override
                    public void parseSequenceFlow(Element sequenceFlowElement, ScopeImpl scope, TransitionImpl transition) {
                        String key = ((ProcessDefinitionEntity) scope.getProcessDefinition()).getKey() + ":" + transition.getId();
                        transition.addListener(ExecutionListener.EVENTNAME_TAKE, execution -> TAKEN.add(key));
                    }
                });
                configuration.setCustomPostBPMNParseListeners(listeners);
            }
        };
    }
}
