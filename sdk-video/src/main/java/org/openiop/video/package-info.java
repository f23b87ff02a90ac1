/**
 * OpenIOP video: a provider abstraction with therapy semantics (waiting room, host and observer
 * roles, consent-gated recording, attendance from join and leave events) over real platforms.
 */
@NullMarked
package org.openiop.video;

import org.jspecify.annotations.NullMarked;
