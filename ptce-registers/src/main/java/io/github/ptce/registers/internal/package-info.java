/** Implementation of ptce-registers; not an API, may change in any release. */
@NullMarked
package io.github.ptce.registers.internal;

import org.jspecify.annotations.NullMarked;
