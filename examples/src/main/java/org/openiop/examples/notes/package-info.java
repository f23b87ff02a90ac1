/** Example: seal a clinical note end to end for chosen readers and open it again. */
@NullMarked
package org.openiop.examples.notes;

import org.jspecify.annotations.NullMarked;
