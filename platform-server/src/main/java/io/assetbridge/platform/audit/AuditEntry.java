package io.assetbridge.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** One row of the audit log; written once, never changed. */
@Entity
@Table(name = "audit_entry")
public class AuditEntry {

    @Id
    @SequenceGenerator(name = "audit_entry_seq", sequenceName = "audit_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_entry_seq")
    private Long id;

    @Column(nullable = false)
    private OffsetDateTime at;

    @Column(nullable = false, length = 200)
    private String actor;

    @Column(nullable = false, length = 60)
    private String action;

    @Column(length = 200)
    private String target;

    @Column(nullable = false, length = 4000)
    private String details;

    protected AuditEntry() {}

    AuditEntry(Instant at, String actor, String action, String target, String details) {
        this.at = at.atOffset(ZoneOffset.UTC);
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.details = details;
    }

    public long id() {
        return id;
    }

    public Instant at() {
        return at.toInstant();
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String target() {
        return target;
    }

    /** JSON object text. */
    public String details() {
        return details;
    }
}
