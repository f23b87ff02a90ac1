/**
 * Example: create a video room for a session, join through the waiting room, compute attendance.
 */
@NullMarked
package org.openiop.examples.video;

import org.jspecify.annotations.NullMarked;
