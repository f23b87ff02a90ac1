/**
 * Jitsi Meet token adapters: HS256 JWTs for self-hosted Prosody token auth and RS256 JWTs for 8x8
 * JaaS, with moderator, feature and lobby claims.
 */
@NullMarked
package org.openiop.video.jitsi;

import org.jspecify.annotations.NullMarked;
