/**
 * Large attachments (documents, consented recordings) encrypted with Tink's streaming AEAD in
 * constant memory, seekable, with the stream key sealed to readers like a note.
 */
@NullMarked
package org.openiop.crypto.attachments;

import org.jspecify.annotations.NullMarked;
