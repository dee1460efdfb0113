/**
 * The national AMI PTCE since 2021 (phase 1, the phase-2 rounds of 2021, 2022 and 2023) and the
 * 2025 call « Financer le développement des PTCE »: provider {@link
 * io.github.ptce.rules.schemes.ami.AmiPtceSchemes}.
 */
@NullMarked
package io.github.ptce.rules.schemes.ami;

import org.jspecify.annotations.NullMarked;
