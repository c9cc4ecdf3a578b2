package vn.thidua.campaign;

/** How a deadline reads in the document: «ngày …», «trước ngày …», «chậm nhất ngày …». */
public enum DeadlineRelation {
    /** Vào ngày (an event on the date). */
    ON,
    /** Trước ngày (strictly before). */
    BEFORE,
    /** Chậm nhất ngày, đến hết ngày (on or before). */
    NO_LATER_THAN
}
