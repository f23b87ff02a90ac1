/** Example: a host's own scheduling rule next to the built-in ones. */
@NullMarked
package org.openiop.examples.customrule;

import org.jspecify.annotations.NullMarked;
