/**
 * Tamper-evident audit trail: {@link org.openiop.core.privacy.audit.AuditEvent} (shaped after FHIR
 * R4 AuditEvent, ids and codes only, no PHI), the {@link org.openiop.core.privacy.audit.AuditSink}
 * SPI, the hash-chained, Ed25519-checkpointed {@link org.openiop.core.privacy.audit.FileAuditSink}
 * with its verifier, and the accounting of disclosures.
 *
 * <p>Everything in this package is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.openiop.core.privacy.audit;

import org.jspecify.annotations.NullMarked;
