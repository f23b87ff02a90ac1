/** Example: a host's own video provider behind the provider SPI, found through the registry. */
@NullMarked
package org.openiop.examples.customprovider;

import org.jspecify.annotations.NullMarked;
