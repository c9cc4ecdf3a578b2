package vn.thidua.council.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.thidua.council.internal.Selection.Candidate;
import vn.thidua.shared.BusinessRuleException;

/** Ranking by votes against a quota, and the chair's tie-break across the last place. */
class SelectionTest {

    private final List<Candidate> passed = List.of(new Candidate(1, "CO", 10), new Candidate(2, "CO", 12),
            new Candidate(3, "CO", 9), new Candidate(4, "BK", 9));

    @Test
    void thePlacesGoByYesVotesWithinEachAward() {
        Selection.Outcome outcome = Selection.select(passed, Map.of("CO", 2), List.of());
        assertThat(outcome.selected()).containsExactlyInAnyOrder(2L, 1L, 4L);
        assertThat(outcome.rankedOut()).containsExactly(3L);
    }

    @Test
    void withoutAQuotaEveryoneWhoPassedIsSelected() {
        Selection.Outcome outcome = Selection.select(passed, Map.of(), List.of());
        assertThat(outcome.selected()).containsExactlyInAnyOrder(1L, 2L, 3L, 4L);
        assertThat(outcome.rankedOut()).isEmpty();
    }

    @Test
    void aTieAcrossTheLastPlaceNeedsTheChair() {
        List<Candidate> tied = List.of(new Candidate(1, "CO", 12), new Candidate(2, "CO", 9),
                new Candidate(3, "CO", 9));
        assertThatThrownBy(() -> Selection.select(tied, Map.of("CO", 2), List.of()))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.council.tieBreak"));
        Selection.Outcome outcome = Selection.select(tied, Map.of("CO", 2), List.of(3L, 2L));
        assertThat(outcome.selected()).containsExactlyInAnyOrder(1L, 3L);
        assertThat(outcome.rankedOut()).containsExactly(2L);
    }

    @Test
    void aTieInsideTheQuotaNeedsNobody() {
        List<Candidate> tied = List.of(new Candidate(1, "CO", 9), new Candidate(2, "CO", 9),
                new Candidate(3, "CO", 8));
        assertThat(Selection.select(tied, Map.of("CO", 2), List.of()).selected()).containsExactlyInAnyOrder(1L, 2L);
    }

    @Test
    void aZeroQuotaSelectsNobody() {
        Selection.Outcome outcome = Selection.select(passed, Map.of("BK", 0), List.of());
        assertThat(outcome.selected()).doesNotContain(4L);
        assertThat(outcome.rankedOut()).containsExactly(4L);
    }
}
