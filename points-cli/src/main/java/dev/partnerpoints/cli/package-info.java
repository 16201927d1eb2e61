/** The {@code points} command line: picocli commands over the calculator and the tier schedule. */
@NullMarked
package dev.partnerpoints.cli;

import org.jspecify.annotations.NullMarked;
