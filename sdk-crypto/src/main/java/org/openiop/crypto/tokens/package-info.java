/**
 * Short-lived access tokens (JWT, EdDSA by default, ES256 optional) with fail-closed verification,
 * and consent records signed as JWS, built on Nimbus JOSE+JWT.
 */
@NullMarked
package org.openiop.crypto.tokens;

import org.jspecify.annotations.NullMarked;
