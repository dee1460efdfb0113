/**
 * The State calls for projects for PTCEs and the decree that sets who may answer them: décret n°
 * 2015-431 du 15 avril 2015, Art. 3 (provider {@link
 * io.github.ptce.rules.schemes.calls.Decree2015Scheme}, messages {@code decree2015.properties}),
 * and the calls of 2013 and 2015, closed (provider {@link
 * io.github.ptce.rules.schemes.calls.StateCallSchemes}, messages {@code messages.properties}), the
 * second of which lists the decree's criteria as they are.
 */
@NullMarked
package io.github.ptce.rules.schemes.calls;

import org.jspecify.annotations.NullMarked;
