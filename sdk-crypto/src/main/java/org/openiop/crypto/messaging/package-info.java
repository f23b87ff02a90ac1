/**
 * End-to-end encrypted messaging: one-to-one and group threads with membership epochs, per-sender
 * sequence numbers bound into the AAD, and a signature on every message.
 */
@NullMarked
package org.openiop.crypto.messaging;

import org.jspecify.annotations.NullMarked;
