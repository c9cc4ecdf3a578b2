package vn.thidua.dossier;

import java.util.List;
import vn.thidua.catalog.SubjectType;

/**
 * Builds and sends nomination dossiers: unit officers act on their unit's dossiers; the receiving level may record
 * one that came on paper. Every method checks role and unit scope, and every change is audited. The receiving
 * level's work is {@link DossierAppraisal}.
 */
public interface DossierManagement {

    /**
     * @param creationKey a key the form generates once: a double click, a retry or a second tab that sends the same
     *                    key gets the same dossier back
     */
    record NewDossier(String creationKey, long proposingUnitId, String awardCode, int achievementYear,
            String campaignCode, String title) {
    }

    /** @param subjectId the person (INDIVIDUAL) or unit (COLLECTIVE); null for a household, named in full */
    record NewNominee(SubjectType type, Long subjectId, String householdName, String achievement) {
    }

    long create(NewDossier dossier);

    DossierView dossier(long dossierId);

    List<DossierView> visibleDossiers();

    long addNominee(long dossierId, long expectedVersion, NewNominee nominee);

    void removeNominee(long dossierId, long expectedVersion, long nomineeId);

    /** The recorded reason for sending on a nominee who fails a mandatory criterion. */
    void justify(long dossierId, long expectedVersion, long nomineeId, String justification);

    long attach(long dossierId, Component component, String fileName, byte[] content);

    StoredFile attachment(long dossierId, long attachmentId);

    /** Sends the dossier from the unit's own account. */
    void submit(long dossierId, long expectedVersion);

    /** The receiving level records a dossier that came on paper, or keys one in on the unit's behalf. */
    void submitOnBehalf(long dossierId, long expectedVersion, boolean onPaper);
}
