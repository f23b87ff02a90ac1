/** Quickstart: describe a program, a clinician and a cohort, then book a group under every rule. */
@NullMarked
package org.openiop.examples.quickstart;

import org.jspecify.annotations.NullMarked;
