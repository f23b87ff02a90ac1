/**
 * Clinical notes as a plaintext model: progress notes in DAP, SOAP and BIRP formats, psychotherapy
 * notes kept as a separate type, group notes with a shared part and one part per member (checked so
 * that no member's part identifies another member), signing, and addenda as the only way to correct
 * a signed note. Encryption of notes is sdk-crypto's concern.
 *
 * <p>Every type that holds note text renders redacted in {@code toString} (ids visible). Everything
 * in this package is non-null unless marked {@code @Nullable}.
 */
@NullMarked
package org.openiop.core.notes;

import org.jspecify.annotations.NullMarked;
