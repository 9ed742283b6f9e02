package org.sanxiang.web;

import org.sanxiang.process.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;

/**
 * Problems that escape a workspace page (an unknown or another body's case, a role that may not
 * act, a bad path parameter) become a Chinese error page with the right status; anything
 * unexpected becomes the generic error page, logged, without a stack trace on screen.
 */
@ControllerAdvice(annotations = WorkspacePage.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class WorkspacePageAdvice {

    private static final Logger log = LoggerFactory.getLogger(WorkspacePageAdvice.class);

    private final ProblemText text;

    @ExceptionHandler(Problem.class)
    ModelAndView problem(Problem p, HttpServletResponse response) {
        return page(p.status(), text.title(p), text.detail(p), p.article(), response);
    }

    @ExceptionHandler({MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ModelAndView badRequest(Exception e, HttpServletResponse response) {
        return page(HttpStatus.BAD_REQUEST, text.message("ui.error.400.title"), text.message("ui.error.400.detail"), null,
                response);
    }

    static ModelAndView page(HttpStatus status, String title, String detail, String article, HttpServletResponse response) {
        response.setStatus(status.value());
        String view = switch (status.value()) {
            case 403, 404, 409 -> "error/" + status.value();
            default -> "error";
        };
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        mav.addObject("status", status.value());
        mav.addObject("problemTitle", title);
        mav.addObject("problemDetail", detail);
        mav.addObject("article", article);
        return mav;
    }
}
