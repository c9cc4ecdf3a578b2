package vn.thidua.catalog;

/** Đối tượng khen thưởng: cá nhân, tập thể, hộ gia đình. */
public enum SubjectType {
    INDIVIDUAL, COLLECTIVE, HOUSEHOLD
}
