package vn.thidua.demo.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Words with relative frequencies, one «weight words» per line, so that for instance Nguyễn is as common among the
 * sample people as it is in Vietnam. Lines starting with # are comments.
 */
final class WeightedWords {

    private final List<String> words;
    private final int[] cumulative;

    private WeightedWords(List<String> words, int[] cumulative) {
        this.words = List.copyOf(words);
        this.cumulative = cumulative;
    }

    static WeightedWords parse(String text) {
        List<String> words = new ArrayList<>();
        List<Integer> weights = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String entry = line.strip();
            if (entry.isEmpty() || entry.startsWith("#")) {
                continue;
            }
            String[] parts = entry.split("\\s+", 2);
            if (parts.length < 2 || !parts[0].matches("\\d+")) {
                throw new IllegalArgumentException("expected \"weight words\": " + entry);
            }
            weights.add(Integer.parseInt(parts[0]));
            words.add(parts[1]);
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException("no words");
        }
        int[] cumulative = new int[weights.size()];
        int total = 0;
        for (int i = 0; i < cumulative.length; i++) {
            total += weights.get(i);
            cumulative[i] = total;
        }
        return new WeightedWords(words, cumulative);
    }

    String pick(Random random) {
        int point = random.nextInt(cumulative[cumulative.length - 1]);
        int index = Arrays.binarySearch(cumulative, point + 1);
        return words.get(index >= 0 ? index : -index - 1);
    }
}
