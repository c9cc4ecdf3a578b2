package vn.thidua.council;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A council session as pages and the API show it. Vote counts appear only once the session is closed.
 *
 * @param presenceNeeded members who must be present before the vote can start
 * @param ballotsCast    how many members have voted so far (never who voted how)
 */
public record SessionView(long id, long version, long councilUnitId, String title, LocalDate heldOn,
        SessionKind kind, SessionStatus status, int presenceNeeded, String rulesSource, List<Member> members,
        List<Item> items, Map<String, Integer> quotas, int ballotsCast) {

    public record Member(long id, String username, String fullName, long unitId, boolean chair,
            Attendance attendance, boolean voted) {
    }

    public record Item(long id, int position, NomineeKind nomineeKind, long nomineeId, String nomineeName,
            long nomineeUnitId, String awardCode, Threshold threshold, int yesNeeded, List<Long> recusedMemberIds,
            Integer yes, Integer no, Integer blank, ItemOutcome outcome, Long dossierId, Long dossierNomineeId) {
    }
}
