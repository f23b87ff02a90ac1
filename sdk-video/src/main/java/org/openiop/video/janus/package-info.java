/**
 * The {@code janus} provider: Janus WebRTC Server's VideoRoom plugin over its plain HTTP API.
 *
 * <p>See {@link org.openiop.video.janus.JanusVideoProvider} for what is native and what is
 * emulated.
 */
@NullMarked
package org.openiop.video.janus;

import org.jspecify.annotations.NullMarked;
