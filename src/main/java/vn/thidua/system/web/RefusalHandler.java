package vn.thidua.system.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.core.JacksonException;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.ImportProblem;
import vn.thidua.shared.ImportRejectedException;
import vn.thidua.shared.NotFoundException;

/**
 * Turns refusals into answers in the user's language: RFC 9457 problem details (with the field or the rows at
 * fault) for the API, the error page for the UI. Nothing internal (stack traces, SQL) ever leaks.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE) // before Spring's own problem-details advice, which names no field
class RefusalHandler {

    private static final Logger LOG = LoggerFactory.getLogger(RefusalHandler.class);

    private final MessageSource messages;

    RefusalHandler(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    Object notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response) {
        return answer(request, problem(HttpStatus.NOT_FOUND, e), List.of());
    }

    @ExceptionHandler(BusinessRuleException.class)
    Object refused(BusinessRuleException e, HttpServletRequest request) {
        ProblemDetail problem = problem(HttpStatus.UNPROCESSABLE_CONTENT, e);
        return answer(request, problem, List.of());
    }

    @ExceptionHandler(ImportRejectedException.class)
    Object importRejected(ImportRejectedException e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage("error.import.rejected", new Object[] {e.problems().size()}, locale));
        List<Map<String, Object>> errors = e.problems().stream().map(p -> row(p, locale)).toList();
        problem.setProperty("errors", errors);
        return answer(request, problem, errors);
    }

    @ExceptionHandler(BindException.class)
    Object invalid(BindException e, HttpServletRequest request) {
        Locale locale = LocaleContextHolder.getLocale();
        List<Map<String, Object>> errors = e.getFieldErrors().stream().map(error -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("field", error.getField());
            item.put("message", messages.getMessage(error, locale));
            return item;
        }).toList();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                messages.getMessage("error.validation", null, locale));
        problem.setProperty("errors", errors);
        return answer(request, problem, errors);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    Object mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, messages.getMessage(
                "error.parameter", new Object[] {e.getName()}, LocaleContextHolder.getLocale()));
        problem.setProperty("field", e.getName());
        return answer(request, problem, List.of());
    }

    /** A body that is not valid JSON, or holds a value of the wrong type (an impossible date, a word for a number). */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        String field = e.getCause() instanceof JacksonException jackson ? path(jackson) : "";
        Locale locale = LocaleContextHolder.getLocale();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, field.isEmpty()
                ? messages.getMessage("error.body", null, locale)
                : messages.getMessage("error.parameter", new Object[] {field}, locale));
        if (!field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return answer(request, problem, List.of());
    }

    /** The JSON path of the bad value in the style the other problems use: {@code grants[0].unitId}. */
    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(MaxUploadSizeExceededException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                messages.getMessage("error.upload.tooLarge", null, LocaleContextHolder.getLocale()));
        problem.setProperty("field", "file");
        return answer(request, problem, List.of());
    }

    @ExceptionHandler(AccessDeniedException.class)
    Object denied(AccessDeniedException e, HttpServletRequest request) {
        // the refusal's reason (role, unit) is for the operators, never for the page
        LOG.warn("Refused {} {} to {}: {}", request.getMethod(), request.getRequestURI(), request.getRemoteUser(),
                e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN,
                messages.getMessage("error.forbidden", null, LocaleContextHolder.getLocale()));
        return answer(request, problem, List.of());
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    Object conflict(OptimisticLockingFailureException e, HttpServletRequest request) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
                messages.getMessage("error.conflict", null, LocaleContextHolder.getLocale()));
        return answer(request, problem, List.of());
    }

    private ProblemDetail problem(HttpStatus status, BusinessRuleException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage(e.messageKey(), e.arguments(), LocaleContextHolder.getLocale()));
        problem.setType(URI.create("urn:thidua:" + e.messageKey()));
        if (e.field() != null) {
            problem.setProperty("field", e.field());
        }
        return problem;
    }

    private Map<String, Object> row(ImportProblem p, Locale locale) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("row", p.row());
        item.put("column", p.column());
        item.put("message", messages.getMessage(p.messageKey(), p.arguments().toArray(), locale));
        return item;
    }

    /** The API gets the problem as JSON; the UI gets the error page with the same words. */
    private static Object answer(HttpServletRequest request, ProblemDetail problem, List<Map<String, Object>> rows) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
        ModelAndView view = new ModelAndView("system/refusal");
        view.setStatus(HttpStatus.valueOf(problem.getStatus()));
        view.addObject("problem", problem);
        view.addObject("rows", rows);
        return view;
    }
}
