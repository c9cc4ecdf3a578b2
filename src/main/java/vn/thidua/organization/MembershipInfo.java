package vn.thidua.organization;

import java.time.LocalDate;

/** Quá trình công tác: a period in which a person belonged to a unit, with the position held. */
public record MembershipInfo(long unitId, String unitName, String position, LocalDate from, LocalDate to) {
}
