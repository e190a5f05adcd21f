// SPDX-License-Identifier: EUPL-1.2
/**
 * The voting rules: greedy welfare, the Method of Equal Shares with its completions, sequential Phragmén and
 * maximum welfare, all exact and with pabutools' default tie-breaking; {@link nl.buurtkracht.pb.rule.VotingRules}
 * creates them from a {@link nl.buurtkracht.pb.RuleConfig}.
 */
@NullMarked
package nl.buurtkracht.pb.rule;

import org.jspecify.annotations.NullMarked;
