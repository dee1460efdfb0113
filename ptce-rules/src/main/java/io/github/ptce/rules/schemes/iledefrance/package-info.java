/**
 * The Région Île-de-France's AMI PTCE of 2014 (historical): provider {@link
 * io.github.ptce.rules.schemes.iledefrance.IleDeFranceAmi2014Scheme}.
 */
@NullMarked
package io.github.ptce.rules.schemes.iledefrance;

import org.jspecify.annotations.NullMarked;
