package vn.thidua.indicator.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.thidua.indicator.IndicatorDefinition;
import vn.thidua.indicator.IndicatorValue;
import vn.thidua.indicator.Scorecards;

/**
 * The monthly trend of a unit's percentages as SVG polylines (drawn by the page, no script): x is the month, y the
 * rate from 0 to 100 %. A month without a value leaves no point rather than a false zero.
 *
 * @param grid   the horizontal lines at 0, 25, 50, 75 and 100 % (position = y)
 * @param months the month labels 1..12 (position = x)
 */
public record TrendChart(List<Series> series, int width, int height, int left, int right, int bottom,
        List<Mark> grid, List<Mark> months) {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 220;
    private static final int LEFT = 40;
    private static final int TOP = 10;
    private static final int PLOT_WIDTH = WIDTH - LEFT - 20;
    private static final int PLOT_HEIGHT = HEIGHT - TOP - 30;
    private static final String[] COLOURS = {"#0d6efd", "#198754", "#dc3545", "#fd7e14", "#6f42c1", "#20c997",
        "#6c757d", "#d63384"};

    public record Series(String code, String name, String colour, String points) {
    }

    public record Mark(int position, int value) {
    }

    static TrendChart of(List<IndicatorDefinition> definitions, Map<String, Scorecards.Row> rows) {
        List<Series> series = new ArrayList<>();
        for (IndicatorDefinition definition : definitions) {
            Scorecards.Row row = rows.get(definition.code());
            if (row == null || !"PERCENT".equals(definition.unitOfMeasure())) {
                continue;
            }
            StringBuilder points = new StringBuilder();
            for (int m = 0; m < row.months().size(); m++) {
                IndicatorValue value = row.months().get(m);
                if (value != null) {
                    points.append(x(m)).append(',').append(y(value.value().doubleValue())).append(' ');
                }
            }
            if (!points.isEmpty()) {
                series.add(new Series(definition.code(), definition.name(), COLOURS[series.size() % COLOURS.length],
                        points.toString().strip()));
            }
        }
        return new TrendChart(series, WIDTH, HEIGHT, LEFT, LEFT + PLOT_WIDTH, TOP + PLOT_HEIGHT,
                IntStream.of(0, 25, 50, 75, 100).mapToObj(p -> new Mark(y(p), p)).toList(),
                IntStream.range(0, 12).mapToObj(m -> new Mark(x(m), m + 1)).toList());
    }

    private static int x(int monthIndex) {
        return LEFT + monthIndex * PLOT_WIDTH / 11;
    }

    private static int y(double percent) {
        double clamped = Math.max(0, Math.min(100, percent));
        return TOP + (int) Math.round(PLOT_HEIGHT * (100 - clamped) / 100);
    }
}
