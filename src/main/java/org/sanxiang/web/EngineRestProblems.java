package org.sanxiang.web;

import java.util.HashSet;
import java.util.Set;

import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.sanxiang.process.Problem;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.LocaleResolver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/**
 * Camunda's engine REST API (Jersey, under {@code /engine-rest}) with one change: an exception carrying a
 * Sanxiang {@link Problem} anywhere in its cause chain — a rule our listener, delegate or expression bean
 * refuses inside the engine, which the engine wraps in its own exception — answers the problem's status with
 * problem+json rendered exactly as {@link ProblemDetailsAdvice#render} does (language from
 * {@code Accept-Language}, zh-CN by default), never a 500. Every other exception falls through to Camunda's
 * own handlers. Camunda's mappers of {@code Throwable}, {@code ProcessEngineException} and {@code RestException}
 * (in which a resource wraps the engine's exception, e.g. "Cannot instantiate process definition") are
 * replaced, not shadowed, so Jersey never has to choose between two mappers of one type.
 */
@Component
class EngineRestProblems extends CamundaJerseyResourceConfig {

    private final ProblemResponses responses;

    EngineRestProblems(ProblemText text, ObjectMapper json, LocaleResolver locales) {
        this.responses = new ProblemResponses(text, json, locales);
    }

    @Override
    protected void registerCamundaRestResources() {
        registerClasses(CamundaRestResources.getResourceClasses());
        Set<Class<?>> configuration = new HashSet<>(CamundaRestResources.getConfigurationClasses());
        configuration.remove(ExceptionHandler.class);
        configuration.remove(ProcessEngineExceptionHandler.class);
        configuration.remove(RestExceptionHandler.class);
        registerClasses(configuration);
        register(JacksonFeature.class);
        register(new AnyException(responses));
        register(new EngineException(responses));
        register(new RestExceptionInstead(responses));
    }

    /** Renders a problem found in an exception's cause chain; null when there is none. */
    static final class ProblemResponses {

        private final ProblemText text;
        private final ObjectMapper json;
        private final LocaleResolver locales;

        ProblemResponses(ProblemText text, ObjectMapper json, LocaleResolver locales) {
            this.text = text;
            this.json = json;
            this.locales = locales;
        }

        Response of(Throwable e) {
            Problem p = Problem.in(e);
            if (p == null) {
                return null;
            }
            if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
                LocaleContextHolder.setLocale(locales.resolveLocale(request.getRequest()));
            }
            try {
                return Response.status(p.status().value())
                        .type(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8")
                        .entity(json.writeValueAsBytes(ProblemDetailsAdvice.render(p, text))).build();
            } catch (JsonProcessingException unwritable) {
                throw new IllegalStateException("problem " + p.type() + " is not serialisable", unwritable);
            }
        }
    }

    /** A problem in the exception's cause chain as problem+json; anything else answered by Camunda's own mapper. */
    abstract static class ProblemFirst<E extends Throwable> implements ExceptionMapper<E> {

        private final ProblemResponses responses;
        private final ExceptionMapper<E> camunda;

        ProblemFirst(ProblemResponses responses, ExceptionMapper<E> camunda) {
            this.responses = responses;
            this.camunda = camunda;
        }

        @Override
        public Response toResponse(E e) {
            Response problem = responses.of(e);
            return problem != null ? problem : camunda.toResponse(e);
        }
    }

    /** In place of Camunda's {@link ExceptionHandler}. */
    static final class AnyException extends ProblemFirst<Throwable> {
        AnyException(ProblemResponses responses) {
            super(responses, new ExceptionHandler());
        }
    }

    /** In place of Camunda's {@link ProcessEngineExceptionHandler}: the engine's wrapper of a listener's problem. */
    static final class EngineException extends ProblemFirst<org.camunda.bpm.engine.ProcessEngineException> {
        EngineException(ProblemResponses responses) {
            super(responses, new ProcessEngineExceptionHandler());
        }
    }

    /** In place of Camunda's {@link RestExceptionHandler}: a resource's wrapper of the engine's exception. */
    static final class RestExceptionInstead extends ProblemFirst<RestException> {
        RestExceptionInstead(ProblemResponses responses) {
            super(responses, new RestExceptionHandler());
        }
    }
}
