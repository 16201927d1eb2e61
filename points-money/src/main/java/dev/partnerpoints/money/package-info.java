/**
 * Points and money: the {@link dev.partnerpoints.money.Points} number type, the program's
 * effective-dated {@link dev.partnerpoints.money.PointValueTable currency point values} (deliberately
 * not live exchange rates), a JSR-354 {@link dev.partnerpoints.money.PointValueRateProvider} over
 * them, and {@link dev.partnerpoints.money.Timeline} for effective-dated data.
 *
 * <p>Every conversion of money to points rounds once, to hundredths of a point, HALF_EVEN; every
 * conversion of points to money rounds once, to the currency's fraction digits, HALF_EVEN. Sums
 * never re-round.
 */
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    // No annotations from the annotation-processor classpath on generated types: callers compiling
    // against the library do not have org.immutables:value and would get -Xlint warnings.
    allowedClasspathAnnotations = {Override.class})
@NullMarked
package dev.partnerpoints.money;

import org.immutables.value.Value;
import org.jspecify.annotations.NullMarked;
