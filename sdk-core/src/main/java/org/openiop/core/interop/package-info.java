/**
 * Handing the record on: iCalendar (RFC 5545) export for participants', clinicians' and support
 * persons' calendars, and FHIR R4 JSON export for a health system's EHR.
 *
 * <p>Calendars carry no PHI or clinical detail; FHIR bundles are PHI and must travel only over
 * channels the host has secured for it.
 *
 * <p>Everything is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.openiop.core.interop;

import org.jspecify.annotations.NullMarked;
