package vn.thidua.campaign;

import java.util.List;

/** Hồ sơ đề nghị khen thưởng: its components and the number of sets (số bộ), null when the document is silent. */
public record Dossier(Integer copies, List<DossierComponent> components, String text) {
}
