/**
 * Sealed clinical notes: a note encrypted on the writer's device for exactly its readers, signed by
 * its author, in the versioned envelope specified in {@code docs/crypto/sealed-note-v1.md}.
 */
@NullMarked
package org.openiop.crypto.notes;

import org.jspecify.annotations.NullMarked;
