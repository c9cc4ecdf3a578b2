package vn.thidua.dossier.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.catalog.AwardCatalog;
import vn.thidua.document.DocumentRenderer;
import vn.thidua.document.OfficialDocument;
import vn.thidua.dossier.DossierManagement;
import vn.thidua.dossier.DossierStatus;
import vn.thidua.dossier.DossierView;
import vn.thidua.dossier.ProposalLetters;
import vn.thidua.organization.OrganizationDirectory;
import vn.thidua.organization.UnitInfo;
import vn.thidua.shared.BusinessRuleException;
import vn.thidua.shared.VietnameseText;

/** Renders a dossier's tờ trình for whoever may read the dossier. */
@Service
@Transactional(readOnly = true)
class LetterService implements ProposalLetters {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DossierManagement dossiers;
    private final Dossiers store;
    private final OrganizationDirectory organization;
    private final AwardCatalog catalog;
    private final DocumentRenderer renderer;
    private final Clock clock;

    LetterService(DossierManagement dossiers, Dossiers store, OrganizationDirectory organization,
            AwardCatalog catalog, DocumentRenderer renderer, Clock clock) {
        this.dossiers = dossiers;
        this.store = store;
        this.organization = organization;
        this.catalog = catalog;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public byte[] pdf(long dossierId, String signerName) {
        return renderer.renderPdf(letter(dossierId, signerName));
    }

    @Override
    public byte[] docx(long dossierId, String signerName) {
        return renderer.renderDocx(letter(dossierId, signerName));
    }

    /** Dated the day the dossier was first sent, or today for a draft. */
    private OfficialDocument letter(long dossierId, String signerName) {
        if (signerName == null || signerName.isBlank()) {
            throw new BusinessRuleException("error.dossier.signerRequired", "signer");
        }
        DossierView view = dossiers.dossier(dossierId);
        Dossier dossier = store.findById(dossierId).orElseThrow();
        LocalDate date = view.transitions().stream().filter(t -> t.to() == DossierStatus.SUBMITTED).findFirst()
                .map(t -> LocalDate.ofInstant(t.at(), VIETNAM)).orElse(LocalDate.now(clock));
        UnitInfo proposing = organization.unit(view.proposingUnitId());
        UnitInfo parent = proposing.parentId() == null ? null : organization.unit(proposing.parentId());
        return ProposalLetter.of(proposing, parent, organization.unit(view.receivingUnitId()),
                view.awardName(),
                view.achievementYear(), dossier.letterNumber(), date, catalog.legalBases(view.awardCode(), date),
                view.nominees().stream().map(n -> new ProposalLetter.Line(n.name(), unitOf(dossier, n.id()),
                        n.achievement())).toList(),
                proposing.headTitle().toUpperCase(VietnameseText.VIETNAMESE), signerName.strip());
    }

    private String unitOf(Dossier dossier, long nomineeId) {
        return dossier.nominees().stream().filter(n -> n.id() == nomineeId).findFirst()
                .map(n -> n.unitId() == null ? "" : organization.unit(n.unitId()).name()).orElse("");
    }
}
