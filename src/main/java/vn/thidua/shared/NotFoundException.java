package vn.thidua.shared;

/** The thing asked for does not exist. */
public class NotFoundException extends BusinessRuleException {

    public NotFoundException(String what, Object id) {
        super("error.notFound", null, what, id);
    }
}
