/**
 * Care decisions and care plans: level-of-care screening (decision support for a clinician, never
 * an automatic admission) and versioned treatment, relapse-prevention, Stanley-Brown safety and
 * aftercare plans that record who changed what and when.
 *
 * <p>Plans hold PHI (names, phone numbers, personal warning signs): they render redacted in {@code
 * toString} and nothing in this package logs them.
 */
@NullMarked
package org.openiop.core.care;

import org.jspecify.annotations.NullMarked;
