package io.github.ptce.core.internal;

import io.github.ptce.core.MissingPropertiesException;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of ptce value types.
 *
 * <p>{@code @Value.Style} is not inherited, so every value type (or its package) carries this
 * meta-annotation. The generated {@code Immutable*} classes stay package-private: users see the
 * abstract type, its static {@code builder()} and its nested {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    jakarta = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    depluralize = true,
    depluralizeDictionary = "status:statuses",
    defaults = @Value.Immutable(copy = true),
    optionalAcceptNullable = false,
    privateNoargConstructor = false,
    allMandatoryParameters = false,
    deferCollectionAllocation = false,
    // No annotation from the class path on generated code: Immutables' @Generated (in
    // value-annotations, which
    // users do not have) made every consumer compiling with -Xlint:all warn once per generated
    // type.
    allowedClasspathAnnotations = {java.lang.Override.class},
    // A builder without a required property throws the library's exception, with the property's
    // path.
    throwForInvalidImmutableState = MissingPropertiesException.class)
public @interface PtceStyle {}
