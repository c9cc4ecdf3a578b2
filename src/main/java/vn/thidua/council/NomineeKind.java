package vn.thidua.council;

/** Đối tượng được đề nghị: a person (cá nhân) or a unit as a collective (tập thể). */
public enum NomineeKind {
    PERSON, UNIT
}
