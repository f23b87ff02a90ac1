/** Implementation details of sdk-video; not API. */
@NullMarked
package org.openiop.video.internal;

import org.jspecify.annotations.NullMarked;
