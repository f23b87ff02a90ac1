/** Example: score PHQ-9 and GAD-7 answers, read bands and risk flags, judge reliable change. */
@NullMarked
package org.openiop.examples.scoring;

import org.jspecify.annotations.NullMarked;
