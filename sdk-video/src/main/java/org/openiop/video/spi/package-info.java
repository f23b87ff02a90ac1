/**
 * The video provider SPI: rooms created from therapy sessions, join tickets per person and role,
 * waiting room, moderation and join/leave events, with the same semantics on every platform.
 *
 * <p>Start with {@link org.openiop.video.spi.VideoProvider}; find providers with {@link
 * org.openiop.video.spi.VideoProviders}.
 */
@NullMarked
package org.openiop.video.spi;

import org.jspecify.annotations.NullMarked;
