/**
 * Signed join tickets (HS256 JWTs) for providers whose platform has no credential of its own, such
 * as {@code loopback}, and for apps that gate their own media servers.
 */
@NullMarked
package org.openiop.video.tickets;

import org.jspecify.annotations.NullMarked;
