/**
 * A test kit for apps that embed sdk-video: a settable clock, an event recorder and a JUnit 5
 * extension that hands out loopback providers and fails tests that leave rooms open.
 *
 * <p>Needs {@code org.junit.jupiter:junit-jupiter-api} on the test class path (an optional
 * dependency of sdk-video).
 */
@NullMarked
package org.openiop.video.testing;

import org.jspecify.annotations.NullMarked;
