package vn.thidua.eligibility.internal;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.thidua.eligibility.ManualFact;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.IndicatorValues;

/**
 * Indicator values and ranks a rule cites, for the subject's unit over the period: from the indicators module when
 * it is present and has a value, else from the values entered by hand; absent otherwise (missing data, not zero).
 */
@Component
class IndicatorFacts {

    private final ObjectProvider<IndicatorValues> indicators;
    private final ManualFacts manual;

    IndicatorFacts(ObjectProvider<IndicatorValues> indicators, ManualFacts manual) {
        this.indicators = indicators;
        this.manual = manual;
    }

    void collect(FactSheet facts, long unitId, FactCollector.Request request) {
        IndicatorValues values = indicators.getIfAvailable();
        for (String code : request.indicatorCodes()) {
            lookup(values, ManualFact.Kind.INDICATOR, code, unitId, request).ifPresentOrElse(
                    found -> facts.put("indicator." + code, found.value().doubleValue(), found.source()),
                    () -> facts.missing("indicator." + code, "indicator " + code + " " + request.periodFrom() + "–"
                            + request.periodTo()));
        }
        for (String code : request.rankCodes()) {
            lookup(values, ManualFact.Kind.RANK, code, unitId, request).ifPresentOrElse(
                    found -> facts.put("rank." + code, found.value().longValue(), found.source()),
                    () -> facts.missing("rank." + code, "rank " + code + " " + request.periodFrom() + "–"
                            + request.periodTo()));
        }
    }

    /** A value with its source, from the indicators module when it has one, else entered by hand. */
    private record Found(java.math.BigDecimal value, String source) {
    }

    private Optional<Found> lookup(IndicatorValues values, ManualFact.Kind kind, String code, long unitId,
            FactCollector.Request request) {
        if (values != null) {
            Optional<IndicatorValue> value = values.value(code, unitId, request.periodFrom(), request.periodTo());
            if (value.isPresent()) {
                IndicatorValue v = value.get();
                return Optional.of(new Found(v.value(), "indicator " + code + " v" + v.version() + " "
                        + v.from() + "–" + v.to() + (v.numerator() == null ? "" : " " + v.numerator() + "/"
                        + v.denominator()) + "; " + v.legalSource()));
            }
        }
        return manual.find(kind, code, unitId, request.periodFrom(), request.periodTo())
                .map(entry -> new Found(entry.value(), "elig_manual_fact " + entry.from() + "–" + entry.to() + " ("
                        + entry.enteredBy() + "): " + entry.source()));
    }
}
