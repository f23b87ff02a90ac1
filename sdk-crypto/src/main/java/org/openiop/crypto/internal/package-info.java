/**
 * Implementation details of sdk-crypto: strict canonical JSON, encodings, Tink plumbing. Not API.
 */
@NullMarked
package org.openiop.crypto.internal;

import org.jspecify.annotations.NullMarked;
