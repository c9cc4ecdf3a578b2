package vn.thidua.dossier;

/** Tờ trình of a dossier, to print, sign and attach: PDF to read, DOCX to edit. */
public interface ProposalLetters {

    /** @param signerName the name of the unit head who will sign, printed under the signature */
    byte[] pdf(long dossierId, String signerName);

    byte[] docx(long dossierId, String signerName);
}
