package vn.thidua.eligibility;

import vn.thidua.catalog.SubjectType;

/** Đối tượng được xét: a person (INDIVIDUAL) or a unit (COLLECTIVE), by id. */
public record SubjectRef(SubjectType type, long id) {

    public static SubjectRef person(long personId) {
        return new SubjectRef(SubjectType.INDIVIDUAL, personId);
    }

    public static SubjectRef unit(long unitId) {
        return new SubjectRef(SubjectType.COLLECTIVE, unitId);
    }
}
