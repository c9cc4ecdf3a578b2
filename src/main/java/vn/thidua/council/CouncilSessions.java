package vn.thidua.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Runs council sessions. The secretary (or the TĐKT office) prepares the session, records attendance and written
 * ballots and closes it; members vote in secret and declare conflicts; the chair breaks ties. Every method checks
 * role and unit scope.
 */
public interface CouncilSessions {

    record NewMember(String username, String fullName, long unitId, boolean chair) {
    }

    record NewSession(long councilUnitId, String title, LocalDate heldOn, SessionKind kind, List<NewMember> members) {
    }

    record NewItem(NomineeKind nomineeKind, long nomineeId, String awardCode) {
    }

    long create(NewSession session);

    SessionView session(long sessionId);

    List<SessionView> sessions();

    long addItem(long sessionId, long expectedVersion, NewItem item);

    /**
     * Puts on the ballot every eligible nominee of the dossiers appraised by the council's unit (the consolidated
     * list), each with the threshold of its award; returns how many were added.
     */
    int addItemsFromDossiers(long sessionId, long expectedVersion);

    void setQuota(long sessionId, long expectedVersion, String awardCode, int places);

    void recordAttendance(long sessionId, long expectedVersion, long memberId, Attendance attendance);

    /** The signed-in member declares a conflict of interest (e.g. kinship) and is recused from the item. */
    void declareConflict(long sessionId, long itemId, String note);

    void startVoting(long sessionId, long expectedVersion);

    /** The signed-in member's secret ballot; returns the receipt, shown once, that lets them find it later. */
    String castBallot(long sessionId, Map<Long, Vote> votes);

    /** The secretary enters the written ballot of an absent member (ý kiến bằng văn bản); returns its receipt. */
    String recordWrittenBallot(long sessionId, long memberId, Map<Long, Vote> votes);

    /** The chair's order among nominees tied across the last place, most preferred first. */
    void breakTie(long sessionId, long expectedVersion, List<Long> itemOrder);

    void close(long sessionId, long expectedVersion);

    /** Biên bản họp và kiểm phiếu of a closed session, as PDF. */
    byte[] minutesPdf(long sessionId);

    /** The same minutes as DOCX, for the secretary to edit before signing. */
    byte[] minutesDocx(long sessionId);

    /** The ballots of a closed session, ordered by receipt hash. */
    List<PublishedBallot> ballots(long sessionId);
}
