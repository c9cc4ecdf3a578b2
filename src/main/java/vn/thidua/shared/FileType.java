package vn.thidua.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The evidence files ThiĐua accepts (dossier attachments, evidence of declared indicators), recognised by their first bytes (not by the name or the type the browser
 * claims), and the extension each must carry so that a file is opened with the right program.
 */
public enum FileType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            new byte[] {'P', 'K', 3, 4}, "docx"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, "png");

    private final String contentType;
    private final byte[] magic;
    private final String[] extensions;

    FileType(String contentType, byte[] magic, String... extensions) {
        this.contentType = contentType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String contentType() {
        return contentType;
    }

    /**
     * Checks an uploaded file: a name, some content, at most {@code maxBytes}, and a type recognised by content and
     * extension; a refusal names the field and the reason.
     */
    public static FileType accept(String fileName, byte[] content, long maxBytes, String field) {
        String name = fileName == null ? "" : fileName.strip();
        if (name.isEmpty() || name.length() > 255 || content == null || content.length == 0) {
            throw new BusinessRuleException("error.file.name", field);
        }
        if (content.length > maxBytes) {
            throw new BusinessRuleException("error.file.tooLarge", field, name, maxBytes / 1_048_576);
        }
        return of(name, content).orElseThrow(() -> new BusinessRuleException("error.file.type", field, name));
    }

    /** The type whose signature the content starts with and whose extension the name carries. */
    public static Optional<FileType> of(String fileName, byte[] content) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(type -> content.length >= type.magic.length
                        && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length))
                .filter(type -> Arrays.stream(type.extensions).anyMatch(ext -> lower.endsWith("." + ext)))
                .findFirst();
    }
}
