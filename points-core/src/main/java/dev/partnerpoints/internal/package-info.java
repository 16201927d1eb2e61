/**
 * Not API: helpers shared by several packages of the library, public only because Java has no
 * visibility between package-private and public across packages. They may change or go away in any
 * release; callers must not use them.
 */
@NullMarked
package dev.partnerpoints.internal;

import org.jspecify.annotations.NullMarked;
