/**
 * Measurement-based care: instruments as data with their published scoring (PHQ-9, GAD-7, PCL-5,
 * AUDIT-C and the C-SSRS screener's triage logic, without its licensed wording), custom
 * instruments, progress series with reliable change, and risk signals that are delivered
 * synchronously to an {@link org.openiop.core.measure.EscalationPolicy}.
 *
 * <p>Scores and answers tied to a person are PHI: types that carry them render redacted in {@code
 * toString}, and nothing in this package logs them.
 */
@NullMarked
package org.openiop.core.measure;

import org.jspecify.annotations.NullMarked;
