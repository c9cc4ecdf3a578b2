package vn.thidua.dossier;

/** An attachment's bytes with the name and type it was stored under. */
public record StoredFile(String fileName, String contentType, byte[] content) {
}
