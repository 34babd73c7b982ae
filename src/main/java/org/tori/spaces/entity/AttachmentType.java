package org.tori.spaces.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The file types an entry may carry, recognised by their first bytes and not by what the browser
 * claims: a renamed executable is not a PDF.
 */
public enum AttachmentType {
    PDF("application/pdf", new byte[] {'%', 'P', 'D', 'F', '-'}, "pdf"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, "png"),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, "jpg", "jpeg"),
    PPTX(
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            new byte[] {'P', 'K', 3, 4},
            "pptx"),
    DOCX(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            new byte[] {'P', 'K', 3, 4},
            "docx"),
    ODP("application/vnd.oasis.opendocument.presentation", new byte[] {'P', 'K', 3, 4}, "odp");

    private final String mediaType;
    private final byte[] magic;
    private final String[] extensions;

    AttachmentType(String mediaType, byte[] magic, String... extensions) {
        this.mediaType = mediaType;
        this.magic = magic;
        this.extensions = extensions;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The type whose extension the name has and whose signature the content starts with. */
    public static Optional<AttachmentType> detect(String fileName, byte[] content) {
        if (fileName == null || content == null) {
            return Optional.empty();
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(t -> Arrays.asList(t.extensions).contains(extension))
                .filter(t -> startsWith(content, t.magic))
                .findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
