/**
 * Identities (HPKE and Ed25519 Tink keysets), the attested key directory, rotation, revocation and
 * the key vault for private keysets at rest.
 */
@NullMarked
package org.openiop.crypto.keys;

import org.jspecify.annotations.NullMarked;
