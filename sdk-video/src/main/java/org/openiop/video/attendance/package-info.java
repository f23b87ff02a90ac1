/**
 * Attendance from join and leave events: one record per person with minutes present, late, left
 * early and no-show, where short disconnects merge into one stay and count as technical trouble.
 */
@NullMarked
package org.openiop.video.attendance;

import org.jspecify.annotations.NullMarked;
