/**
 * The FHIR R4 resources and data types OpenIOP emits, as small immutable records that JSON-B writes
 * in FHIR's JSON form. Only the elements OpenIOP fills are modelled; absent elements are {@code
 * null} and left out of the JSON (FHIR forbids empty arrays and {@code null} values).
 *
 * <p>Everything is {@code @Nullable} unless documented otherwise: FHIR cardinality decides.
 */
@NullMarked
package org.openiop.core.interop.fhir;

import org.jspecify.annotations.NullMarked;
