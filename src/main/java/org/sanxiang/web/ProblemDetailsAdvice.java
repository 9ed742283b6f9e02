package org.sanxiang.web;

import java.net.URI;
import java.util.Locale;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.sanxiang.process.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import lombok.RequiredArgsConstructor;

/**
 * One problem+json (RFC 9457) answer for every rule: a stable {@code type}, the article in
 * {@code article}, the field at fault in {@code field}, and a {@code detail} in the request's
 * language (zh-CN by default, English on {@code Accept-Language: en}).
 */
@RestControllerAdvice
@RequiredArgsConstructor
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);
    static final String TYPE_PREFIX = "urn:sanxiang:problem:";

    private final MessageSource messages;

    private final ProblemText problemText;

    @ExceptionHandler(Problem.class)
    ProblemDetail problem(Problem p) {
        return render(p, problemText);
    }

    /** The problem+json body of a rule's problem, in the request's language. */
    public static ProblemDetail render(Problem p, ProblemText text) {
        ProblemDetail body = ProblemDetail.forStatus(p.status());
        body.setType(URI.create(p.type()));
        body.setTitle(text.title(p));
        body.setDetail(text.detail(p));
        if (p.article() != null) {
            body.setProperty("article", p.article());
        }
        if (p.field() != null) {
            body.setProperty("field", p.field());
        }
        return body;
    }

    /** Malformed JSON, wrong types, unknown enum values: 400 naming the field. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String field = null;
        if (e.getCause() instanceof MismatchedInputException mie && !mie.getPath().isEmpty()) {
            field = mie.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
        }
        String reason = e.getCause() instanceof InvalidFormatException ife ? String.valueOf(ife.getValue()) : "";
        return simple(HttpStatus.BAD_REQUEST, "invalid-input", field,
                text("problem.unreadable", "request body is not valid JSON for this step", field == null ? "" : field, reason));
    }

    /** A body in a content type the endpoint does not read (e.g. text/plain for JSON): 415 problem+json. */
    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> unsupportedMediaType(HttpMediaTypeNotSupportedException e) {
        String given = e.getContentType() == null ? "-" : e.getContentType().toString();
        String accepted = e.getSupportedMediaTypes().isEmpty() ? MediaType.APPLICATION_JSON_VALUE
                : e.getSupportedMediaTypes().stream().map(MediaType::toString).distinct()
                        .reduce((a, b) -> a + ", " + b).orElse("");
        ProblemDetail body = simple(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", null,
                text("problem.unsupported-media-type", "content type " + given + " is not supported", given, accepted));
        return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
                .header(HttpHeaders.ACCEPT, accepted).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return simple(HttpStatus.BAD_REQUEST, "invalid-input", e.getName(),
                text("problem.invalid-input", e.getName() + ": " + e.getValue(), e.getName(), String.valueOf(e.getValue())));
    }

    /** A race lost at the database or in the engine: 409, never 500. */
    @ExceptionHandler({OptimisticLockingException.class, CannotAcquireLockException.class,
            PessimisticLockingFailureException.class, DuplicateKeyException.class})
    ProblemDetail conflict(RuntimeException e) {
        log.info("concurrent change rejected: {}", e.toString());
        return simple(HttpStatus.CONFLICT, "concurrent-change", null,
                text("problem.concurrent-change", "changed concurrently; reload and retry", ""));
    }

    private ProblemDetail simple(HttpStatus status, String slug, String field, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setType(URI.create(TYPE_PREFIX + slug));
        body.setTitle(text("title." + slug, slug));
        if (field != null) {
            body.setProperty("field", field);
        }
        return body;
    }

    private String text(String code, String fallback, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, args, fallback, locale);
    }
}
