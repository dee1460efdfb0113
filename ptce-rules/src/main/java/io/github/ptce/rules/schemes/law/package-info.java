/**
 * The legal definitions of loi n° 2014-856 du 31 juillet 2014: the SSE enterprise (Art. 1, with
 * Art. 2 and the ESUS agreement as evidence) and the PTCE (Art. 9 I).
 */
@NullMarked
package io.github.ptce.rules.schemes.law;

import org.jspecify.annotations.NullMarked;
