package vn.thidua.shared;

/** Giới tính. Kept because ties prefer women (ND 152/2025 Art 4) and citizen ids encode it. */
public enum Gender {
    MALE, FEMALE
}
