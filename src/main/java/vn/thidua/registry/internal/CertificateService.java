package vn.thidua.registry.internal;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.decision.DecisionAnnulled;
import vn.thidua.decision.DecisionCorrected;
import vn.thidua.decision.DecisionIssued;
import vn.thidua.decision.DecisionManagement;
import vn.thidua.document.CertificateSheet;
import vn.thidua.document.DocumentRenderer;
import vn.thidua.registry.Certificates;
import vn.thidua.registry.PublicAward;
import vn.thidua.registry.VerifiedCertificate;

/**
 * Keeps one certificate per recipient of each decision, written in the issuing transaction with what it prints,
 * and a random code (Crockford base32, 60 bits) for its public verification page, so that a forged certificate
 * cannot guess a valid code.
 */
@Service
@Transactional(readOnly = true)
class CertificateService implements Certificates {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int CODE_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final DecisionManagement decisions;
    private final DocumentRenderer renderer;
    private final String publicUrl;

    CertificateService(JdbcTemplate jdbc, DecisionManagement decisions, DocumentRenderer renderer,
            @Value("${thidua.public-url}") String publicUrl) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.renderer = renderer;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DecisionIssued decision) {
        DecisionIssued.Printing printing = decision.printing();
        for (var recipient : decision.recipients()) {
            jdbc.update("""
                    insert into reg_certificate (code, decision_id, person_id, unit_id, golden_book_number, recipient_name,
                        recipient_unit, grantor_title, is_title, award_name, full_award_name, achievement,
                        decision_number, decision_date, issuer_name, place, signer_title, signer_name, campaign_code)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", newCode(), decision.decisionId(),
                    recipient.personId(), recipient.unitId(), recipient.goldenBookNumber(), recipient.fullName(), recipient.unitName(),
                    printing.grantorTitle(), printing.title(), printing.baseAwardName(), decision.awardName(),
                    printing.achievement(), decision.numberSymbol(), decision.issuedOn(), decision.issuerName(),
                    printing.place(), printing.signerTitle(), printing.signerName(), recipient.campaignCode());
        }
    }

    /** The certificates of an annulled decision verify as annulled and leave the honour board. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DecisionAnnulled decision) {
        jdbc.update("update reg_certificate set annulled = true where decision_id = ?", decision.decisionId());
    }

    /** A corrected name is what the certificate prints and the verification page shows from now on. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(DecisionCorrected correction) {
        jdbc.update("update reg_certificate set recipient_name = ? where decision_id = ? and golden_book_number = ?",
                correction.newName(), correction.decisionId(), correction.goldenBookNumber());
    }

    @Override
    public byte[] print(long decisionId, CertificateSheet.Calibration blank) {
        decisions.decision(decisionId);
        List<CertificateSheet> sheets = jdbc.query("""
                select * from reg_certificate where decision_id = ? order by golden_book_number""",
                (rs, row) -> new CertificateSheet(rs.getString("grantor_title"), rs.getBoolean("is_title"),
                        rs.getString("award_name"), rs.getString("recipient_name"), rs.getString("recipient_unit"),
                        rs.getString("achievement"), rs.getString("decision_number"),
                        rs.getDate("decision_date").toLocalDate(), rs.getInt("golden_book_number"),
                        rs.getString("place"), rs.getString("signer_title"), rs.getString("signer_name"),
                        publicUrl + "/verify/" + rs.getString("code")),
                decisionId);
        return renderer.renderCertificates(sheets, blank);
    }

    @Override
    public Optional<VerifiedCertificate> verify(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (normalised.length() != CODE_LENGTH || !normalised.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)) {
            return Optional.empty();
        }
        return jdbc.query("select * from reg_certificate where code = ?",
                (rs, row) -> new VerifiedCertificate(rs.getString("code"), rs.getString("recipient_name"),
                        rs.getString("recipient_unit"), rs.getString("full_award_name"),
                        rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(),
                        rs.getString("issuer_name"), rs.getInt("golden_book_number"), rs.getBoolean("annulled")),
                normalised).stream().findFirst();
    }

    @Override
    public List<PublicAward> published(int year) {
        return published("decision_date between ? and ?", LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    @Override
    public List<PublicAward> publishedIn(String campaignCode) {
        return published("campaign_code = ?", campaignCode);
    }

    private List<PublicAward> published(String condition, Object... arguments) {
        return jdbc.query("""
                select decision_number, decision_date, issuer_name, full_award_name, golden_book_number,
                    recipient_name, recipient_unit, campaign_code
                from reg_certificate where %s and not annulled
                order by decision_date desc, decision_id desc, golden_book_number""".formatted(condition),
                (rs, row) -> new PublicAward(rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(),
                        rs.getString("issuer_name"), rs.getString("full_award_name"), rs.getInt("golden_book_number"),
                        rs.getString("recipient_name"), rs.getString("recipient_unit"), rs.getString("campaign_code")),
                arguments);
    }

    private static String newCode() {
        StringBuilder code = new StringBuilder(CODE_LENGTH);
        for (int i = 0; i < CODE_LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }
}
