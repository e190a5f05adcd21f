// SPDX-License-Identifier: EUPL-1.2
/** The command line: {@code compute} runs a rule on a Pabulib file, {@code bench} measures every rule. */
@NullMarked
package nl.buurtkracht.pb.cli;

import org.jspecify.annotations.NullMarked;
