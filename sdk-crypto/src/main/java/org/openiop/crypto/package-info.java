/**
 * OpenIOP crypto: end-to-end encryption of clinical notes, messages and attachments, identities and
 * the key directory, access tokens and signed records.
 */
@NullMarked
package org.openiop.crypto;

import org.jspecify.annotations.NullMarked;
