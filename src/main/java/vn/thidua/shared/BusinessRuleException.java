package vn.thidua.shared;

import java.util.Arrays;

/**
 * A refusal: the request breaks a rule of the domain. Carries a message key (resolved in the user's language),
 * the field it concerns (may be null) and the arguments of the message. Rendered as an RFC 9457 problem.
 */
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final String field;
    private final transient Object[] arguments;

    public BusinessRuleException(String messageKey, String field, Object... arguments) {
        super(messageKey + (field == null ? "" : " [" + field + "]") + " " + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.field = field;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public String field() {
        return field;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
