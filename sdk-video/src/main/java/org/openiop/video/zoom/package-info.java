/** Zoom Video SDK token adapter: the HS256 session JWT. */
@NullMarked
package org.openiop.video.zoom;

import org.jspecify.annotations.NullMarked;
