package vn.thidua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import vn.thidua.catalog.SubjectType;

/**
 * A dossier as pages and the API show it, with its checklist against the law in force.
 *
 * @param campaignStage the campaign's stage reviewed in the achievement year, whose quotas the nominees take places
 *                      in; null without a campaign or stage
 */
public record DossierView(long id, long version, String title, long proposingUnitId, String proposingUnitName,
        long receivingUnitId, String receivingUnitName, String campaignCode, String awardCode, String awardName,
        int achievementYear, DossierStatus status, SubmissionChannel channel, String letterNumber,
        List<Nominee> nominees,
        List<Attachment> attachments, List<ChecklistLine> checklist, List<Transition> transitions,
        String campaignStage, List<Level> levels, List<Decision> decisions) {

    /** Trạng thái tại một cấp. */
    public enum LevelState {
        /** Chờ cấp dưới. */
        WAITING,
        /** Đang ở cấp này. */
        PENDING,
        /** Đã duyệt và chuyển lên. */
        FORWARDED,
        /** Cấp trên cùng đã thẩm định xong. */
        ACCEPTED
    }

    public record Level(long unitId, String unitName, LevelState state, String decidedBy, Instant decidedAt) {
    }

    /**
     * @param eligibility the engine's outcome when the dossier was submitted (null before, or without a rule set)
     */
    public record Nominee(long id, SubjectType type, Long subjectId, String name, String achievement,
            String eligibility, String justification, String appraisal, String appraisalNote) {

        /** Where the indicator values of the nominee's unit for the achievement year are frozen at submission. */
        public String snapshotReference() {
            return snapshotReference(id);
        }

        public static String snapshotReference(long nomineeId) {
            return "dossier-nominee-" + nomineeId;
        }
    }

    public record Attachment(long id, Component component, String fileName, String contentType, long size,
            String sha256, String uploadedBy, Instant uploadedAt) {
    }

    /** One required component, its number of copies, its source, and whether the dossier has it. */
    public record ChecklistLine(Component component, int copies, String legalSource, boolean present) {
    }

    /** Quyết định đã ban hành on some of its nominees, passed down to the proposing unit. */
    public record Decision(long decisionId, String numberSymbol, LocalDate issuedOn, String awardName) {
    }

    public record Transition(DossierStatus from, DossierStatus to, String actor, Instant at, String reason) {
    }
}
