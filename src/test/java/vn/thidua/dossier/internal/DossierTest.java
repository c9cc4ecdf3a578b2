package vn.thidua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import vn.thidua.catalog.SubjectType;
import vn.thidua.dossier.DossierStatus;
import vn.thidua.dossier.SubmissionChannel;
import vn.thidua.eligibility.Outcome;
import vn.thidua.shared.BusinessRuleException;

/** The dossier's own rules, without Spring: its moves, the justification rule, the checklist, who may receive. */
class DossierTest {

    private static final Instant NOW = Instant.parse("2026-11-20T03:00:00Z");

    private static final long NOMINEE = 5;

    /** A dossier with one nominee, its id set as the database would. */
    private static Dossier draft() {
        return draft(List.of(1L));
    }

    /** The same, passing through the given levels (the last receives it for the council). */
    private static Dossier draft(List<Long> levels) {
        Dossier dossier = new Dossier("k1", 10, levels, null, "BANG_KHEN_TINH", 2026, "Hồ sơ đề nghị", "officer",
                NOW);
        DossierNominee nominee = dossier.addNominee(SubjectType.INDIVIDUAL, 7L, "Nguyễn Thị Hồng Nhung", 11L,
                "Hoàn thành xuất sắc");
        ReflectionTestUtils.setField(nominee, "id", NOMINEE);
        ReflectionTestUtils.setField(dossier, "id", 1L);
        return dossier;
    }

    private static String key(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
        throw new AssertionError("expected a refusal");
    }

    @Test
    void illegalMovesAreRefused() {
        Dossier dossier = draft();
        assertThat(key(() -> dossier.receive("office", NOW))).isEqualTo("error.dossier.transition");
        assertThat(key(() -> dossier.completeAppraisal("office", NOW))).isEqualTo("error.dossier.transition");
        assertThat(key(() -> dossier.returnForSupplement("office", NOW, "thiếu"))).isEqualTo("error.dossier.transition");
        for (DossierStatus from : DossierStatus.values()) {
            assertThat(from.canMoveTo(DossierStatus.DRAFT)).as("nothing goes back to draft").isFalse();
        }
        assertThat(DossierStatus.APPRAISED.canMoveTo(DossierStatus.RETURNED)).isFalse();
    }

    @Test
    void aDossierPassesItsLevelsInOrderEachAppraisingItAnew() {
        Dossier dossier = draft(List.of(2L, 1L));
        dossier.submit(SubmissionChannel.ONLINE_OWN_ACCOUNT, "officer", NOW, Map.of(), List.of());
        assertThat(dossier.receivingUnitId()).as("the first level: the coordinating agency").isEqualTo(2L);
        dossier.receive("agency", NOW);
        dossier.appraise(NOMINEE, true, null);
        dossier.completeAppraisal("agency", NOW);
        assertThat(dossier.status()).as("forwarded: sent to the next level").isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.receivingUnitId()).isEqualTo(1L);
        assertThat(dossier.levels()).extracting(DossierLevel::state).containsExactly(
                vn.thidua.dossier.DossierView.LevelState.FORWARDED, vn.thidua.dossier.DossierView.LevelState.PENDING);
        dossier.receive("office", NOW);
        assertThat(key(() -> dossier.completeAppraisal("office", NOW))).as("appraised again at this level")
                .isEqualTo("error.dossier.appraisalPending");
        dossier.appraise(NOMINEE, true, null);
        dossier.completeAppraisal("office", NOW);
        assertThat(dossier.status()).isEqualTo(DossierStatus.APPRAISED);
        assertThat(dossier.levels()).extracting(DossierLevel::state).containsExactly(
                vn.thidua.dossier.DossierView.LevelState.FORWARDED, vn.thidua.dossier.DossierView.LevelState.ACCEPTED);
    }

    @Test
    void aDossierWithoutItsRequiredComponentsStays() {
        Dossier dossier = draft();
        assertThat(key(() -> dossier.submit(SubmissionChannel.ONLINE_OWN_ACCOUNT, "officer", NOW, Map.of(),
                List.of("TO_TRINH")))).isEqualTo("error.dossier.missingComponents");
        assertThat(dossier.status()).isEqualTo(DossierStatus.DRAFT);
    }

    @Test
    void aFailingNomineeGoesOnlyWithAJustification() {
        Dossier dossier = draft();
        Map<Long, Outcome> fail = Map.of(NOMINEE, Outcome.FAIL);
        assertThat(key(() -> dossier.submit(SubmissionChannel.ONLINE_OWN_ACCOUNT, "officer", NOW, fail,
                List.of()))).isEqualTo("error.dossier.justificationRequired");
        dossier.justify(NOMINEE, "Có thành tích đột xuất trong phòng chống thiên tai");
        dossier.submit(SubmissionChannel.ONLINE_OWN_ACCOUNT, "officer", NOW, fail, List.of());
        assertThat(dossier.status()).isEqualTo(DossierStatus.SUBMITTED);
        assertThat(dossier.nominees().get(0).eligibility()).isEqualTo(Outcome.FAIL);
    }

    @Test
    void nobodyReceivesTheDossierTheySentFromTheirOwnAccount() {
        Dossier dossier = draft();
        dossier.submit(SubmissionChannel.ONLINE_OWN_ACCOUNT, "officer", NOW, Map.of(), List.of());
        assertThat(key(() -> dossier.receive("officer", NOW))).isEqualTo("error.dossier.ownDossier");
        dossier.receive("office", NOW);
        assertThat(dossier.status()).isEqualTo(DossierStatus.RECEIVED);
    }

    @Test
    void aReturnNeedsAReasonAndClearsTheAppraisal() {
        Dossier dossier = draft();
        dossier.submit(SubmissionChannel.PAPER, "office", NOW, Map.of(), List.of());
        dossier.receive("office", NOW);
        assertThat(key(() -> dossier.returnForSupplement("office", NOW, " "))).isEqualTo("error.dossier.required");
        dossier.returnForSupplement("office", NOW, "Thiếu biên bản họp");
        assertThat(dossier.status()).isEqualTo(DossierStatus.RETURNED);
        assertThat(dossier.transitions()).extracting(DossierTransition::reason).contains("Thiếu biên bản họp");
        assertThat(key(() -> dossier.appraise(NOMINEE, true, null))).isEqualTo("error.dossier.transition");
    }

    @Test
    void editingStopsOnceSent() {
        Dossier dossier = draft();
        dossier.submit(SubmissionChannel.ONLINE_ON_BEHALF, "office", NOW, Map.of(), List.of());
        assertThat(key(() -> dossier.addNominee(SubjectType.HOUSEHOLD, null, "Hộ ông A", null, "Đóng góp")))
                .isEqualTo("error.dossier.notEditable");
        assertThat(dossier.channel()).isEqualTo(SubmissionChannel.ONLINE_ON_BEHALF);
    }
}
