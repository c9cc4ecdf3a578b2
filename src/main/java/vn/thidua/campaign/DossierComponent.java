package vn.thidua.campaign;

/** Thành phần hồ sơ: one document of a dossier, with the form it follows and its legal source. */
public record DossierComponent(String text, String form, String legalSource) {
}
