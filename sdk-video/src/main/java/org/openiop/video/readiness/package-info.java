/**
 * Device readiness: from what a client reports about its camera, microphone, speaker, network and
 * surroundings, decide ready, audio only, phone fallback or not ready, with reasons.
 */
@NullMarked
package org.openiop.video.readiness;

import org.jspecify.annotations.NullMarked;
