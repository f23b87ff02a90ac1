/**
 * The flagship {@code iop-demo} command: a whole virtual IOP cohort simulated end to end on the
 * public API of sdk-core, sdk-crypto and sdk-video.
 */
package org.openiop.examples.demo;
