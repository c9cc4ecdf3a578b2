package vn.thidua.council;

/** Tình trạng tham dự of a member in one session. */
public enum Attendance {
    /** Có mặt: counts toward quorum and votes in the room. */
    PRESENT,
    /** Vắng mặt, có ý kiến bằng văn bản: does not count toward quorum; the written ballot is counted. */
    WRITTEN,
    /** Vắng mặt, không có ý kiến. */
    ABSENT
}
