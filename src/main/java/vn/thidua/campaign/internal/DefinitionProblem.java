package vn.thidua.campaign.internal;

import java.util.List;
import vn.thidua.shared.BusinessRuleException;

/** One thing wrong with a campaign definition: the JSON path of the field, a message key and its arguments. */
record DefinitionProblem(String path, String messageKey, List<Object> arguments) {

    static DefinitionProblem of(String path, String messageKey, Object... arguments) {
        return new DefinitionProblem(path, messageKey, List.of(arguments));
    }

    BusinessRuleException refusal() {
        Object[] args = new Object[arguments.size() + 1];
        args[0] = path;
        for (int i = 0; i < arguments.size(); i++) {
            args[i + 1] = arguments.get(i);
        }
        return new BusinessRuleException(messageKey, path, args);
    }
}
