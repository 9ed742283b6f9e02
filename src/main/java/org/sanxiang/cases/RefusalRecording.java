package org.sanxiang.cases;

import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.sanxiang.process.Problem;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.stereotype.Component;

/**
 * The one place a refused act of a case goes on the record: the outermost advice of every service marked
 * {@link RefusalsOnRecord} (placed before its transaction advice, so it sees the problem after the refused
 * transaction rolled back) hands the problem to {@link RefusedActs#recordRefusal} and rethrows it unchanged — the
 * caller still gets its 4xx problem, and the refusal's entry is written in a transaction of its own.
 */
@Component
class RefusalRecording implements BeanPostProcessor {

    private final ObjectProvider<RefusedActs> refusals;

    RefusalRecording(ObjectProvider<RefusedActs> refusals) {
        this.refusals = refusals;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        Class<?> type = AopUtils.getTargetClass(bean);
        if (AnnotationUtils.findAnnotation(type, RefusalsOnRecord.class) == null) {
            return bean;
        }
        if (!(bean instanceof Advised advised)) {
            throw new IllegalStateException(beanName + " is marked @RefusalsOnRecord but is no transactional proxy");
        }
        MethodInterceptor onRecord = this::invoke;
        advised.addAdvice(0, onRecord);
        return bean;
    }

    private Object invoke(MethodInvocation invocation) throws Throwable {
        try {
            return invocation.proceed();
        } catch (RuntimeException e) {
            Problem p = Problem.in(e); // also a listener's problem wrapped by the engine
            if (p != null) {
                refusals.getObject().recordRefusal(invocation.getMethod(), invocation.getArguments(), p);
            }
            throw e;
        }
    }
}
