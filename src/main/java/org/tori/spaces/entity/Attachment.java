package org.tori.spaces.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.tori.platform.DomainException;
import org.tori.platform.DomainException.Kind;

/** A file carried by an entry: a deck, a sketch, a document. Type and size are checked here. */
@Entity
@Table(name = "entry_attachment")
@NamedQuery(
        name = Attachment.OF_ENTRY,
        query =
                "SELECT new org.tori.spaces.entity.Attachment$Info(a.id, a.entryId, a.fileName, a.fileType, a.sizeBytes) "
                        + "FROM Attachment a WHERE a.entryId = :entry ORDER BY a.id")
@NamedQuery(
        name = Attachment.OF_ENTRIES,
        query =
                "SELECT new org.tori.spaces.entity.Attachment$Info(a.id, a.entryId, a.fileName, a.fileType, a.sizeBytes) "
                        + "FROM Attachment a WHERE a.entryId IN :entries ORDER BY a.id")
@NamedQuery(name = Attachment.COUNT_OF_ENTRY, query = "SELECT COUNT(a) FROM Attachment a WHERE a.entryId = :entry")
public class Attachment {

    public static final String OF_ENTRY = "Attachment.ofEntry";
    public static final String OF_ENTRIES = "Attachment.ofEntries";
    public static final String COUNT_OF_ENTRY = "Attachment.countOfEntry";
    public static final int MAX_PER_ENTRY = 3;

    /** What a list shows of an attachment, without its content. */
    public record Info(long id, long entryId, String fileName, AttachmentType type, int sizeBytes) {}

    @Id
    @SequenceGenerator(name = "attachment_seq", sequenceName = "attachment_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "attachment_seq")
    private Long id;

    @Column(name = "entry_id")
    private long entryId;

    @Column(name = "file_name")
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "file_type")
    private AttachmentType fileType;

    @Column(name = "size_bytes")
    private int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    @Column(name = "uploaded_by")
    private long uploadedBy;

    @Column(name = "uploaded_at")
    private OffsetDateTime uploadedAt;

    protected Attachment() {}

    /**
     * @param alreadyAttached how many files the entry carries now
     * @param maxBytes the configured size limit
     */
    public Attachment(
            Entry entry,
            int alreadyAttached,
            String fileName,
            byte[] content,
            long maxBytes,
            long by,
            OffsetDateTime now) {
        Objects.requireNonNull(entry);
        if (alreadyAttached >= MAX_PER_ENTRY) {
            throw new DomainException(Kind.CONFLICT, "attachment.tooMany", "file");
        }
        if (content == null || content.length == 0) {
            throw new DomainException(Kind.INVALID, "attachment.empty", "file");
        }
        if (content.length > maxBytes) {
            throw new DomainException(Kind.TOO_LARGE, "attachment.tooLarge", "file");
        }
        this.fileType = AttachmentType.detect(fileName, content)
                .orElseThrow(() -> new DomainException(Kind.INVALID, "attachment.type", "file"));
        this.fileName = safeName(fileName);
        this.entryId = entry.getId();
        this.content = content;
        this.sizeBytes = content.length;
        this.uploadedBy = by;
        this.uploadedAt = Objects.requireNonNull(now);
    }

    /** Keeps the last path segment, without control characters or quotes, at most 200 characters. */
    static String safeName(String name) {
        String last = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = last.replaceAll("[\\p{Cntrl}\"]", "_").strip();
        return clean.length() <= 200 ? clean : clean.substring(clean.length() - 200);
    }

    public Long getId() {
        return id;
    }

    public long getEntryId() {
        return entryId;
    }

    public String getFileName() {
        return fileName;
    }

    public AttachmentType getFileType() {
        return fileType;
    }

    public byte[] getContent() {
        return content;
    }
}
