package vn.thidua.council.internal;

/** Số phiếu of one item: yes, no and blank lines over all ballots. */
record VoteCount(int yes, int no, int blank) {

    static final VoteCount NONE = new VoteCount(0, 0, 0);
}
