/**
 * The in-memory {@code loopback} provider: complete therapy semantics without a network, the
 * default for tests and examples; its {@link org.openiop.video.loopback.LoopbackClient} plays the
 * part of a person's app.
 */
@NullMarked
package org.openiop.video.loopback;

import org.jspecify.annotations.NullMarked;
