package vn.thidua.organization;

/** The result of an accepted import: how many records were created and how many updated. */
public record ImportSummary(int created, int updated) {
}
