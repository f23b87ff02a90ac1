/**
 * The {@code livekit} provider: HS256 access tokens with a {@code video} grant, the RoomService
 * over Twirp, and webhook verification (the JWT's {@code sha256} claim over the raw body).
 */
@NullMarked
package org.openiop.video.livekit;

import org.jspecify.annotations.NullMarked;
