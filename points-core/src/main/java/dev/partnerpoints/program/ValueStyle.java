package dev.partnerpoints.program;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by the value types of points-core, applied in each package's
 * {@code package-info.java}: a package-private abstract {@code FooDef} generates the public
 * immutable {@code Foo} with {@code Foo.builder()}, {@code Foo.of(...)} for parameter attributes and
 * {@code withX(...)} copies.
 *
 * <p>Internal to the library's build: callers never need it.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    typeAbstract = "*Def",
    typeImmutable = "*",
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    // No annotations from the annotation-processor classpath on generated types: callers compiling
    // against the library do not have org.immutables:value and would get -Xlint warnings.
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
