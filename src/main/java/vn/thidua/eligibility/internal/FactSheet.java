package vn.thidua.eligibility.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.eligibility.FactUsed;

/**
 * The facts of one subject as CEL variables, with the source of each (a map entry {@code consecutive.CSTD_CO_SO}
 * or a plain variable {@code initiatives}). Integers are stored as {@code Long}, decimals as {@code Double}: CEL
 * knows no {@code Integer}. A fact that is absent from its map is missing data.
 */
final class FactSheet {

    static final String[] MAPS = {"subject", "indicator", "rank", "consecutive", "awards", "members", "share"};

    private final Map<String, Object> variables = new HashMap<>();
    private final Map<String, String> sources = new LinkedHashMap<>();

    FactSheet() {
        for (String map : MAPS) {
            variables.put(map, new HashMap<String, Object>());
        }
    }

    @SuppressWarnings("unchecked")
    FactSheet put(String name, Object value, String source) {
        Object normalised = value instanceof Integer i ? Long.valueOf(i) : value;
        int dot = name.indexOf('.');
        if (dot > 0) {
            ((Map<String, Object>) variables.get(name.substring(0, dot))).put(name.substring(dot + 1), normalised);
        } else {
            variables.put(name, normalised);
        }
        sources.put(name, source);
        return this;
    }

    /** Records the source of a fact that is missing, so the explanation can say what was looked for. */
    FactSheet missing(String name, String source) {
        sources.putIfAbsent(name, source);
        return this;
    }

    @SuppressWarnings("unchecked")
    Object value(String name) {
        int dot = name.indexOf('.');
        if (dot > 0) {
            Object map = variables.get(name.substring(0, dot));
            return map instanceof Map<?, ?> m ? ((Map<String, Object>) m).get(name.substring(dot + 1)) : null;
        }
        return variables.get(name);
    }

    FactUsed used(String name) {
        Object value = value(name);
        return new FactUsed(name, value == null ? null : String.valueOf(value), sources.get(name));
    }

    Map<String, Object> variables() {
        return variables;
    }
}
