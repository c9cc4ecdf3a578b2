package vn.thidua.council;

/** Trạng thái phiên họp: planned (agenda and attendance open), voting, closed (tally published). */
public enum SessionStatus {
    PLANNED, VOTING, CLOSED;

    public boolean canMoveTo(SessionStatus next) {
        return next.ordinal() == ordinal() + 1;
    }
}
